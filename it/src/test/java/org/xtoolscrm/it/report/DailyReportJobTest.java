package org.xtoolscrm.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.it.support.DayRecords;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.report.daily.Comparison;
import org.xtoolscrm.report.daily.DailyReportLine;
import org.xtoolscrm.report.daily.DailyReportRecords;
import org.xtoolscrm.report.daily.DailyReportRun;
import org.xtoolscrm.report.daily.DailyReportService;
import org.xtoolscrm.report.daily.DailyReportSummary;
import org.xtoolscrm.report.daily.Figure;
import org.xtoolscrm.report.daily.FigureRecord;
import org.xtoolscrm.report.daily.PeriodKind;
import org.xtoolscrm.report.daily.ReportPeriod;
import org.xtoolscrm.report.daily.UserProblem;
import org.xtoolscrm.report.daily.job.DailyReportJobs;
import org.xtoolscrm.report.daily.job.DailyReportRefusedException;

/**
 * The daily report job on a day built by hand, with the company in Asia/Shanghai and the
 * server's clock in UTC. The tests cover what the job counts at the edges of the day, a
 * user whose figures fail, a second run of the date, a restart after the writer failed,
 * and the catch-up of missed days. The day lies years back, so no other test's records
 * fall into it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Daily report job")
class DailyReportJobTest {

    /** A Thursday: its previous working day is the Wednesday before. */
    static final LocalDate DAY = LocalDate.of(2012, 6, 14);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    /** Users that the job reports before the one whose row fails to write, so that chunks of 50 commit first. */
    private static final int USERS_BEFORE_FAILURE = 60;
    /** When the accounts of the test were created, as far as the job can tell. */
    private static final String LONG_AGO = "2010-01-04 01:00:00";

    private static TestTeam team;
    private static Map<String, Long> ids;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DailyReportJobTest.class);
    }

    @EJB
    private DailyReportJobs jobs;

    @EJB
    private DailyReportService reports;

    @EJB
    private DailyReportRecords figureRecords;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Test
    @Order(1)
    @DisplayName("counts each user's day in the company's time zone")
    void countsTheDay() throws Exception {
        seed();
        runAndWait(DAY);

        Map<String, Object> a1 = row(DAY, ids.get("salesA1"));
        assertEquals(2, a1.get("customers_created"), "created at 00:00 and 23:59:59, not at the next day's 00:00");
        assertEquals(2, a1.get("contacts_created"), "on an own customer and on one of another team");
        assertEquals(3, a1.get("activities"), "two calls and a visit, not the deleted one or the next day's");
        assertEquals(1, a1.get("schedules_done"));
        assertEquals(1, a1.get("tasks_completed"));
        assertEquals(1, a1.get("opportunities_created"));
        assertEquals(2, a1.get("stage_advances"), "two steps forward; the step back and the loss do not count");
        assertEquals(1, a1.get("deals_won"));
        assertMoney("1000.00", a1.get("won_amount"));
        assertEquals(1, a1.get("deals_lost"));
        assertMoney("250.50", a1.get("lost_amount"));
        assertEquals(1, a1.get("contracts_signed"), "the draft does not count");
        assertMoney("50000.00", a1.get("contract_amount"));
        assertEquals(1, a1.get("payments_received"));
        assertMoney("20000.00", a1.get("payment_amount"));
        assertEquals(1, a1.get("expenses_filed"));
        assertMoney("120.50", a1.get("expense_amount"));
        assertEquals(2, a1.get("logins"), "two successful logins; the failed one and the next day's do not count");
        assertEquals(1, a1.get("records_created"));
        assertEquals(2, a1.get("records_edited"), "a customer with three fields changed counts once");
        assertEquals(Map.of("CALL", 2, "VISIT", 1), activities(DAY, ids.get("salesA1")));

        Map<String, Object> managerA = row(DAY, ids.get("managerA"));
        assertEquals(0, managerA.get("activities"), "a user who did nothing gets a row of zeros");
        assertEquals(1, row(DAY, ids.get("salesB1")).get("logins"));

        assertNull(row(DAY, ids.get("salesA2")), "the user with an unconvertible amount has no row");
        String problem = problem(DAY, ids.get("salesA2"));
        assertNotNull(problem);
        assertTrue(problem.contains("JPY"), problem);
        assertTrue(problem.contains(team.login("salesA2")), problem);

        DailyReportRun run = run(DAY);
        assertEquals("COMPLETED", run.getStatus());
        assertEquals(count("daily_report", DAY), run.getUsersWritten());
        assertEquals(1, run.getUsersFailed());
        assertFalse(run.getDataUntil().isBefore(dayEnd(DAY)), "a run after the day counts the whole day");

        Map<String, Object> a1Before = row(DAY.minusDays(1), ids.get("salesA1"));
        assertNull(a1Before, "the day before was not run");
    }

    @Test
    @Order(2)
    @DisplayName("a second run of the date replaces its rows with the same figures")
    void rerunReplaces() throws Exception {
        Map<String, Object> before = row(DAY, ids.get("salesA1"));
        int rows = count("daily_report", DAY);
        int activityRows = count("daily_report_activity", DAY);

        runAndWait(DAY);

        Map<String, Object> after = row(DAY, ids.get("salesA1"));
        assertNotEquals(before.remove("execution_id"), after.remove("execution_id"), "the new run wrote the row");
        before.remove("written_at");
        after.remove("written_at");
        assertEquals(before, after);
        assertEquals(rows, count("daily_report", DAY));
        assertEquals(activityRows, count("daily_report_activity", DAY));
        assertEquals(1, count("daily_report_problem", DAY));
    }

    @Test
    @Order(3)
    @DisplayName("a run whose writer failed goes on from its last checkpoint without duplicates")
    void restartAfterWriterFailure() throws Exception {
        long failing = ids.get("salesB1");
        execute("CREATE TRIGGER daily_report_injected_failure BEFORE INSERT ON daily_report FOR EACH ROW "
                + "IF NEW.user_id = " + failing + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected'; END IF");
        try {
            runAndWait(DAY);
        } finally {
            execute("DROP TRIGGER daily_report_injected_failure");
        }
        DailyReportRun failed = run(DAY);
        assertEquals("FAILED", failed.getStatus());
        long firstExecution = failed.getExecutionId();
        int writtenBefore = countOf("SELECT COUNT(*) FROM daily_report WHERE report_date = ? AND execution_id = "
                + firstExecution);
        assertTrue(writtenBefore >= 50, "the chunks before the failing user were committed: " + writtenBefore);
        assertNull(row(DAY, failing));

        long restart = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> jobs.resume(DAY));
        DailyReportRun resumed = await(DAY);
        assertEquals("COMPLETED", resumed.getStatus());
        assertEquals(restart, resumed.getExecutionId());
        assertEquals(writtenBefore, countOf("SELECT COUNT(*) FROM daily_report WHERE report_date = ? "
                + "AND execution_id = " + firstExecution), "the rows written before the failure were kept");
        assertEquals(1, row(DAY, failing).get("logins"));
        assertEquals(reportedUsers(DAY), count("daily_report", DAY) + count("daily_report_problem", DAY),
                "every user once: a row or a problem");
        assertEquals(0, countOf("SELECT COUNT(*) FROM (SELECT user_id FROM daily_report WHERE report_date = ? "
                + "GROUP BY user_id HAVING COUNT(*) > 1) d"));
        assertEquals(2, row(DAY, ids.get("salesA1")).get("customers_created"));
    }

    @Test
    @Order(4)
    @DisplayName("the catch-up writes missing days and leaves finished ones")
    void catchUpAfterDowntime() throws Exception {
        LocalDate today = CompanyCalendar.current().today();
        LocalDate missing = today.minusDays(2);
        LocalDate finished = today.minusDays(3);
        awaitIdle(missing);
        awaitIdle(finished);
        execute("DELETE FROM daily_report_activity WHERE report_date = '" + missing + "'");
        execute("DELETE FROM daily_report WHERE report_date = '" + missing + "'");
        execute("DELETE FROM daily_report_problem WHERE report_date = '" + missing + "'");
        execute("DELETE FROM daily_report_run WHERE report_date IN ('" + missing + "', '" + finished + "')");
        // A finished run, counted until after its day ended, marked with an execution id no job has.
        execute("INSERT INTO daily_report_run (report_date, status, execution_id, data_until, started_at, "
                + "finished_at, started_by) VALUES ('" + finished + "', 'COMPLETED', -7, '" + today
                + " 00:00:00', '" + today + " 00:00:00', '" + today + " 00:00:00', 'TEST')");

        List<Long> started = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> jobs.catchUp());
        DailyReportRun run = await(missing);
        assertEquals("COMPLETED", run.getStatus());
        assertTrue(started.contains(run.getExecutionId()), started + " should hold " + run.getExecutionId());
        assertEquals(reportedUsers(missing), count("daily_report", missing) + count("daily_report_problem", missing));
        assertEquals(-7L, run(finished).getExecutionId(), "a finished day is not run again");
    }

    @Test
    @Order(5)
    @DisplayName("the report shows the users the caller may see, ranked and compared")
    void reportNumbers() throws Exception {
        LocalDate previousWorkingDay = DAY.minusDays(1);
        LocalDate lastWeek = DAY.minusWeeks(1);
        DayRecords records = new DayRecords(dataSource, CompanyCalendar.current().zone());
        long a1 = ids.get("salesA1");
        long customer = team.customers.get("salesA1")[0];
        for (int i = 0; i < 5; i++) {
            records.activity(customer, a1, "EMAIL", lastWeek.atTime(10, i));
        }
        runAndWait(previousWorkingDay);
        runAndWait(lastWeek);

        ReportPeriod day = new ReportPeriod(PeriodKind.DAY, DAY, DAY);
        DailyReportSummary managerA = summary("managerA", day, Figure.ACTIVITIES);
        assertEquals(List.of(a1, ids.get("managerA")), userIds(managerA), "the team with a report, best first");
        assertEquals(List.of(1, 2), managerA.lines().stream().map(DailyReportLine::rank).toList());
        DailyReportLine line = managerA.lines().get(0);
        assertEquals(new BigDecimal("3"), line.value(Figure.ACTIVITIES));
        assertEquals(new BigDecimal("3"), line.change(Figure.ACTIVITIES, Comparison.PREVIOUS), "none on Wednesday");
        assertEquals(new BigDecimal("1"), line.change(Figure.CUSTOMERS_CREATED, Comparison.PREVIOUS),
                "two today, one at 23:59:59 on Wednesday");
        assertEquals(new BigDecimal("-2"), line.change(Figure.ACTIVITIES, Comparison.CYCLE_BACK), "five last Thursday");
        assertEquals(2L, line.figures().activitiesOfType("CALL"));
        assertEquals(1, managerA.teams().size());
        assertEquals(new BigDecimal("1.5"), managerA.teams().get(0).average(Figure.ACTIVITIES));
        assertEquals(new BigDecimal("25000.00"), managerA.overall().average(Figure.CONTRACT_AMOUNT));
        assertEquals(List.of(ids.get("salesA2")), managerA.problems().stream().map(UserProblem::userId).toList());
        assertEquals(1, managerA.runs().size());

        DailyReportSummary salesA1 = summary("salesA1", day, Figure.ACTIVITIES);
        assertEquals(List.of(a1), userIds(salesA1), "a salesperson sees their own line");
        assertTrue(salesA1.problems().isEmpty(), "and not a colleague's problem");

        DailyReportSummary managerB = summary("managerB", day, Figure.LOGINS);
        assertEquals(List.of(ids.get("salesB1"), ids.get("managerB")), userIds(managerB));
        assertTrue(managerB.problems().isEmpty());

        DailyReportSummary boss = summary("boss", day, Figure.PAYMENT_AMOUNT);
        assertEquals(a1, boss.lines().get(0).member().userId(), "the only payment ranks first");
        assertTrue(userIds(boss).containsAll(List.of(a1, ids.get("salesB1"), ids.get("managerB"))));
        assertEquals(count("daily_report", DAY), boss.lines().size());

        ReportPeriod week = ReportPeriod.containing(PeriodKind.WEEK, DAY);
        DailyReportLine weekLine = summary("salesA1", week, Figure.ACTIVITIES).lines().get(0);
        assertEquals(new BigDecimal("3"), weekLine.value(Figure.ACTIVITIES));
        assertEquals(new BigDecimal("3"), weekLine.value(Figure.CUSTOMERS_CREATED), "Wednesday's and Thursday's");
        assertEquals(new BigDecimal("-2"), weekLine.change(Figure.ACTIVITIES, Comparison.PREVIOUS));
    }

    @Test
    @Order(6)
    @DisplayName("the records behind a figure are listed for whoever may see the report, hidden customers masked")
    void recordsBehindFigures() throws Exception {
        long a1 = ids.get("salesA1");
        ReportPeriod day = new ReportPeriod(PeriodKind.DAY, DAY, DAY);
        Identities.as(team.login("managerA"), TestTeam.PASSWORD, () -> {
            assertEquals(3, figureRecords.count(Figure.ACTIVITIES, a1, day));
            List<FigureRecord> activities = figureRecords.page(Figure.ACTIVITIES, a1, day, 0, 10);
            assertEquals(3, activities.size());
            assertTrue(activities.get(0).label().startsWith("VISIT"), "newest first: the 23:59 visit");
            assertEquals(2, figureRecords.count(Figure.CUSTOMERS_CREATED, a1, day));
            List<FigureRecord> contacts = figureRecords.page(Figure.CONTACTS_CREATED, a1, day, 0, 10);
            assertEquals(List.of(false, true), contacts.stream().map(FigureRecord::visible).toList(),
                    "the contact on team B's customer is masked");
            assertNull(contacts.get(0).label());
            List<FigureRecord> payments = figureRecords.page(Figure.PAYMENT_AMOUNT, a1, day, 0, 10);
            assertEquals(1, payments.size());
            assertEquals(0, new BigDecimal("20000.00").compareTo(payments.get(0).amount()));
            assertEquals(DAY, payments.get(0).date());
            return null;
        });
        Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> {
            assertTrue(figureRecords.page(Figure.CONTACTS_CREATED, a1, day, 0, 10).stream()
                    .allMatch(FigureRecord::visible), "a Boss sees every customer");
            return null;
        });
        for (String outsider : List.of("salesA2", "managerB", "salesB1")) {
            Identities.as(team.login(outsider), TestTeam.PASSWORD, () -> assertThrows(RecordNotFoundException.class,
                    () -> figureRecords.count(Figure.ACTIVITIES, a1, day), outsider));
        }
    }

    @Test
    @Order(7)
    @DisplayName("only a Boss runs the report")
    void onlyBossRuns() throws Exception {
        for (String key : List.of("managerA", "salesA1")) {
            Identities.as(team.login(key), TestTeam.PASSWORD,
                    () -> assertThrows(EJBAccessException.class, () -> jobs.run(DAY)));
        }
        LocalDate tomorrow = CompanyCalendar.current().today().plusDays(1);
        DailyReportRefusedException future = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> assertThrows(DailyReportRefusedException.class, () -> jobs.run(tomorrow)));
        assertTrue(future.getMessage().contains("cannot be written yet"), future.getMessage());
    }

    /**
     * Builds the day of salesA1 in company time: the edges of the day, records that do not
     * count, and one of each kind that does. salesA2 signs a contract in a currency without a rate.
     */
    private void seed() throws Exception {
        if (team != null) {
            return;
        }
        fillUsers();
        team = TestTeam.create("dr", accounts, dataSource);
        ids = new HashMap<>();
        team.users.forEach((key, user) -> ids.put(key, user.getId()));
        backdate();
        execute("DELETE FROM currency_rate WHERE currency = 'JPY'");

        DayRecords records = new DayRecords(dataSource, CompanyCalendar.current().zone());
        long a1 = ids.get("salesA1");
        String a1Login = team.login("salesA1");
        long customer = team.customers.get("salesA1")[0];

        records.customer(a1, "At midnight", DAY.atStartOfDay());
        records.customer(a1, "Last second", DAY.atTime(LocalTime.of(23, 59, 59, 999_999_000)));
        records.customer(a1, "Next day", DAY.plusDays(1).atStartOfDay());
        records.customer(a1, "Day before", DAY.minusDays(1).atTime(23, 59, 59));
        records.delete("customer", records.customer(a1, "Deleted", DAY.atTime(12, 0)));

        records.contact(customer, a1Login, DAY.atTime(12, 0));
        records.contact(team.customers.get("salesB1")[0], a1Login, DAY.atTime(12, 30));
        records.activity(customer, a1, "CALL", DAY.atTime(9, 0));
        records.activity(customer, a1, "CALL", DAY.atTime(9, 30));
        records.activity(customer, a1, "VISIT", DAY.atTime(23, 59));
        records.activity(customer, a1, "CALL", DAY.plusDays(1).atStartOfDay());
        records.delete("activity", records.activity(customer, a1, "CALL", DAY.atTime(15, 0)));
        records.schedule(a1, DAY.atTime(10, 0), true);
        records.schedule(a1, DAY.atTime(14, 0), false);
        records.completedTask(a1, DAY.atTime(18, 0));

        long deal = records.openDeal(customer, a1, "PROPOSAL", DAY.atTime(11, 0));
        records.stageChange(deal, null, "INITIAL_CONTACT", a1, DAY.atTime(11, 0));
        records.stageChange(deal, "INITIAL_CONTACT", "NEEDS_CONFIRMED", a1, DAY.atTime(11, 10));
        records.stageChange(deal, "NEEDS_CONFIRMED", "PROPOSAL", a1, DAY.atTime(11, 20));
        records.stageChange(deal, "PROPOSAL", "INITIAL_CONTACT", a1, DAY.atTime(11, 30));
        records.stageChange(deal, "INITIAL_CONTACT", "PROPOSAL", a1, DAY.plusDays(1).atTime(0, 0));
        long lostDeal = records.closedDeal(customer, a1, false, DAY, "250.50");
        records.stageChange(lostDeal, "NEGOTIATION", "LOST", a1, DAY.atTime(16, 0));
        records.closedDeal(customer, a1, true, DAY, "1000.00");

        long contract = records.contract(customer, a1, DAY, "50000.00", "CNY", "EXECUTING");
        records.contract(customer, a1, DAY, "9999.00", "CNY", "DRAFT");
        records.payment(contract, customer, DAY, "20000.00", a1);
        records.payment(contract, customer, DAY.plusDays(1), "5000.00", a1);
        records.expense(customer, a1, DAY.atTime(12, 0), "120.50");

        records.login(a1Login, "SUCCESS", DAY.atTime(8, 0));
        records.login(a1Login, "SUCCESS", DAY.atTime(13, 0));
        records.login(a1Login, "BAD_CREDENTIALS", DAY.atTime(7, 59));
        records.login(a1Login, "SUCCESS", DAY.plusDays(1).atStartOfDay());
        records.login(team.login("salesB1"), "SUCCESS", DAY.atTime(9, 0));

        records.change(a1Login, "Customer", customer, "CREATE", DAY.atTime(9, 0));
        for (int field = 0; field < 3; field++) {
            records.change(a1Login, "Customer", customer, "UPDATE", DAY.atTime(9, 5 + field));
        }
        records.change(a1Login, "Contact", 7, "UPDATE", DAY.atTime(10, 0));

        long a2 = ids.get("salesA2");
        records.contract(team.customers.get("salesA2")[0], a2, DAY, "300000.00", "JPY", "EXECUTING");
    }

    /**
     * Adds the accounts the job reports before the team, whose salesperson B1 fails to write,
     * and dates them and the team's accounts back, to before the day.
     */
    private void fillUsers() throws Exception {
        long bossId = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> accounts.findByLogin(TestTeam.BOSS).orElseThrow().getId());
        for (int i = 0; i < USERS_BEFORE_FAILURE; i++) {
            execute("INSERT INTO app_user (login, display_name, password_hash, role, superior_id, enabled, created_at, "
                    + "updated_at, version) VALUES ('dr-filler-" + i + "', 'Filler " + i + "', 'x', 'SALES', " + bossId
                    + ", TRUE, '" + LONG_AGO + "', '" + LONG_AGO + "', 0)");
        }
    }

    private void backdate() throws SQLException {
        for (Map.Entry<String, Long> user : ids.entrySet()) {
            if (!user.getKey().equals("boss")) {
                execute("UPDATE app_user SET created_at = '" + LONG_AGO + "', updated_at = '" + LONG_AGO
                        + "' WHERE id = " + user.getValue());
            }
        }
    }

    private void runAndWait(LocalDate date) throws Exception {
        long execution = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> jobs.run(date));
        DailyReportRun run = await(date);
        assertEquals(execution, run.getExecutionId());
    }

    /** Waits until the date's run has ended and returns it. */
    private DailyReportRun await(LocalDate date) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            DailyReportRun run = run(date);
            if (run != null && !"RUNNING".equals(run.getStatus())) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The daily report for " + date + " did not end within " + TIMEOUT);
    }

    /** Waits until no run of the date is going on, as one the server's start-up catch-up began. */
    private void awaitIdle(LocalDate date) throws Exception {
        if (run(date) != null) {
            await(date);
        }
    }

    private DailyReportSummary summary(String key, ReportPeriod period, Figure rankBy) throws Exception {
        return Identities.as(team.login(key), team.password(key), () -> reports.summary(period, rankBy));
    }

    private static List<Long> userIds(DailyReportSummary summary) {
        return summary.lines().stream().map(line -> line.member().userId()).toList();
    }

    private DailyReportRun run(LocalDate date) throws Exception {
        return Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> reports.runs(new ReportPeriod(PeriodKind.DAY, date, date)).stream().findFirst().orElse(null));
    }

    private static Instant dayEnd(LocalDate date) {
        ZoneId zone = CompanyCalendar.current().zone();
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Returns how many users the job reports for the date: the accounts of that day. */
    private int reportedUsers(LocalDate date) throws SQLException {
        ZoneId zone = CompanyCalendar.current().zone();
        String start = LocalDateTime.ofInstant(date.atStartOfDay(zone).toInstant(), ZoneOffset.UTC)
                .toString().replace('T', ' ');
        String end = LocalDateTime.ofInstant(dayEnd(date), ZoneOffset.UTC).toString()
                .replace('T', ' ');
        return countOf("SELECT COUNT(*) FROM app_user WHERE created_at < '" + end + "' AND (enabled = TRUE "
                + "OR updated_at >= '" + start + "') AND ? IS NOT NULL", date);
    }

    private Map<String, Object> row(LocalDate date, long userId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT * FROM daily_report WHERE report_date = ? AND user_id = ?")) {
            select.setDate(1, Date.valueOf(date));
            select.setLong(2, userId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnLabel(i).toLowerCase(), result.getObject(i));
                }
                return row;
            }
        }
    }

    private Map<String, Integer> activities(LocalDate date, long userId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT activity_type, activities "
                     + "FROM daily_report_activity WHERE report_date = ? AND user_id = ?")) {
            select.setDate(1, Date.valueOf(date));
            select.setLong(2, userId);
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getInt(2));
                }
            }
            return counts;
        }
    }

    private String problem(LocalDate date, long userId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT message FROM daily_report_problem WHERE report_date = ? AND user_id = ?")) {
            select.setDate(1, Date.valueOf(date));
            select.setLong(2, userId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private int count(String table, LocalDate date) throws SQLException {
        return countOf("SELECT COUNT(*) FROM " + table + " WHERE report_date = ?", date);
    }

    private int countOf(String sql) throws SQLException {
        return countOf(sql, DAY);
    }

    private int countOf(String sql, LocalDate date) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setDate(1, Date.valueOf(date));
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void assertMoney(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), expected + " != " + actual);
    }
}
