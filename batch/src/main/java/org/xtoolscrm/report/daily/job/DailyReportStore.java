package org.xtoolscrm.report.daily.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.xtoolscrm.money.CompanyCurrency;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.report.daily.DailyFigures;
import org.xtoolscrm.report.daily.DayWindow;

/**
 * The rows the daily report job reads and writes: the users to report, the rates it
 * converts with, and the date's report rows and problems. Inside a chunk every
 * call joins the chunk's transaction, so a chunk's rows and its checkpoint commit together.
 */
@Dependent
class DailyReportStore {

    private static final int MESSAGE_MAX = 1000;
    private static final String[] DATE_TABLES = {"daily_report_activity", "daily_report", "daily_report_problem"};

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    /**
     * Returns the users still to report for the day, by id. These are the accounts that
     * existed before the day ended and are enabled or were disabled after the day began,
     * less those that already have a row or a problem for the date.
     */
    List<ReportedUser> usersToReport(DayWindow day) throws SQLException {
        List<ReportedUser> users = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT u.id, u.login FROM app_user u "
                     + "WHERE u.created_at < ? AND (u.enabled = TRUE OR u.updated_at >= ?) "
                     + "AND NOT EXISTS (SELECT 1 FROM daily_report d WHERE d.report_date = ? AND d.user_id = u.id) "
                     + "AND NOT EXISTS (SELECT 1 FROM daily_report_problem p WHERE p.report_date = ? "
                     + "AND p.user_id = u.id) ORDER BY u.id")) {
            select.setObject(1, day.untilUtc());
            select.setObject(2, day.fromUtc());
            select.setDate(3, Date.valueOf(day.first()));
            select.setDate(4, Date.valueOf(day.first()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    users.add(new ReportedUser(result.getLong(1), result.getString(2)));
                }
            }
        }
        return users;
    }

    /** Returns the exchange rates in force, for converting amounts into the company currency. */
    Rates rates() throws SQLException {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT currency, rate FROM currency_rate");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rates.put(result.getString(1), result.getBigDecimal(2));
            }
        }
        return new Rates(CompanyCurrency.code(), rates);
    }

    /** Removes every report row and problem of the date, before the date is reported again. */
    int clear(LocalDate date) throws SQLException {
        int removed = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (String table : DATE_TABLES) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE report_date = ?")) {
                    delete.setDate(1, Date.valueOf(date));
                    int rows = delete.executeUpdate();
                    if (!"daily_report_activity".equals(table)) {
                        removed += rows;
                    }
                }
            }
        }
        return removed;
    }

    /**
     * Writes the users' figures for the date with JDBC batches. The date has no rows for
     * these users yet, because the first step cleared it and a restart reads only users
     * without rows. Inserting without deleting first takes no gap locks that the chunks of
     * another date's run could wait for.
     */
    void write(LocalDate date, List<DailyFigures> figures, long executionId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insertReports(connection, date, figures, executionId);
            insertActivities(connection, date, figures);
        }
    }

    private static void insertReports(Connection connection, LocalDate date, List<DailyFigures> figures,
                                      long executionId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO daily_report (report_date, "
                + "user_id, customers_created, contacts_created, activities, schedules_done, tasks_completed, "
                + "opportunities_created, stage_advances, deals_won, won_amount, deals_lost, lost_amount, "
                + "contracts_signed, contract_amount, payments_received, payment_amount, expenses_filed, "
                + "expense_amount, logins, records_created, records_edited, execution_id, written_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            LocalDateTime now = nowUtc();
            for (DailyFigures user : figures) {
                int i = 1;
                insert.setDate(i++, Date.valueOf(date));
                insert.setLong(i++, user.userId());
                insert.setLong(i++, user.customersCreated());
                insert.setLong(i++, user.contactsCreated());
                insert.setLong(i++, user.activities());
                insert.setLong(i++, user.schedulesDone());
                insert.setLong(i++, user.tasksCompleted());
                insert.setLong(i++, user.opportunitiesCreated());
                insert.setLong(i++, user.stageAdvances());
                insert.setLong(i++, user.dealsWon());
                insert.setBigDecimal(i++, user.wonAmount());
                insert.setLong(i++, user.dealsLost());
                insert.setBigDecimal(i++, user.lostAmount());
                insert.setLong(i++, user.contractsSigned());
                insert.setBigDecimal(i++, user.contractAmount());
                insert.setLong(i++, user.paymentsReceived());
                insert.setBigDecimal(i++, user.paymentAmount());
                insert.setLong(i++, user.expensesFiled());
                insert.setBigDecimal(i++, user.expenseAmount());
                insert.setLong(i++, user.logins());
                insert.setLong(i++, user.recordsCreated());
                insert.setLong(i++, user.recordsEdited());
                insert.setLong(i++, executionId);
                insert.setObject(i, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertActivities(Connection connection, LocalDate date, List<DailyFigures> figures)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO daily_report_activity "
                + "(report_date, user_id, activity_type, activities) VALUES (?, ?, ?, ?)")) {
            boolean any = false;
            for (DailyFigures user : figures) {
                for (Map.Entry<String, Long> type : user.activitiesByType().entrySet()) {
                    insert.setDate(1, Date.valueOf(date));
                    insert.setLong(2, user.userId());
                    insert.setString(3, type.getKey());
                    insert.setLong(4, type.getValue());
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /** Stores the reason a user's day could not be reported. The date has no problem for the user yet. */
    void recordProblem(LocalDate date, long userId, String message, long executionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO daily_report_problem "
                     + "(report_date, user_id, message, execution_id, occurred_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setDate(1, Date.valueOf(date));
            insert.setLong(2, userId);
            insert.setString(3, message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message);
            insert.setLong(4, executionId);
            insert.setObject(5, nowUtc());
            insert.executeUpdate();
        }
    }

    /** Returns how many users the date has report rows and problems for. */
    int[] writtenAndFailed(LocalDate date) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new int[] {countOf(connection, "daily_report", date), countOf(connection, "daily_report_problem", date)};
        }
    }

    private static int countOf(Connection connection, String table, LocalDate date) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE report_date = ?")) {
            select.setDate(1, Date.valueOf(date));
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    static LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }
}
