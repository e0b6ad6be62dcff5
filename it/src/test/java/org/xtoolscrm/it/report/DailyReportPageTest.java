package org.xtoolscrm.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.ServerProperties;

/**
 * The daily report pages over HTTP, per role: whose lines the report shows, the Boss's
 * run button, and the records behind a figure reached by a user id in the address.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Daily report pages per role")
class DailyReportPageTest {

    private static final String PASSWORD = "page-secret";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** A Thursday years back, which no other test reports. */
    private static final LocalDate DAY = LocalDate.of(2013, 3, 14);

    private static String prefix;
    private static final Map<String, Long> IDS = new LinkedHashMap<>();

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "dp" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long managerA = Database.insertUser(connection, prefix + "-ma", "Manager A " + prefix, "MANAGER", boss,
                    PASSWORD);
            long managerB = Database.insertUser(connection, prefix + "-mb", "Manager B " + prefix, "MANAGER", boss,
                    PASSWORD);
            IDS.put("ma", managerA);
            IDS.put("mb", managerB);
            IDS.put("a1", Database.insertUser(connection, prefix + "-a1", "Sales A1 " + prefix, "SALES", managerA,
                    PASSWORD));
            IDS.put("a2", Database.insertUser(connection, prefix + "-a2", "Sales A2 " + prefix, "SALES", managerA,
                    PASSWORD));
            IDS.put("b1", Database.insertUser(connection, prefix + "-b1", "Sales B1 " + prefix, "SALES", managerB,
                    PASSWORD));
            long ownBoss = Database.insertUser(connection, prefix + "-boss", "Boss " + prefix, "BOSS", boss, PASSWORD);
            for (Map.Entry<String, Long> user : Map.of("boss", ownBoss, "ma", managerA, "mb", managerB, "a1",
                    IDS.get("a1")).entrySet()) {
                try (PreparedStatement email = connection.prepareStatement(
                        "UPDATE app_user SET email = ? WHERE id = ?")) {
                    email.setString(1, address(user.getKey()));
                    email.setLong(2, user.getValue());
                    email.executeUpdate();
                }
            }
            int activities = 1;
            for (long userId : IDS.values()) {
                insertReport(connection, userId, activities++);
            }
            long customer = Database.insertCustomer(connection, prefix + "-c", "Customer " + prefix, IDS.get("a1"));
            insertActivity(connection, customer, IDS.get("a1"), "Call about the renewal " + prefix);
            try (PreparedStatement run = connection.prepareStatement("INSERT INTO daily_report_run (report_date, "
                    + "status, execution_id, data_until, started_at, finished_at, users_written, started_by) "
                    + "VALUES (?, 'COMPLETED', 1, ?, ?, ?, 5, 'TIMER')")) {
                LocalDateTime after = DAY.plusDays(1).atTime(1, 0);
                run.setDate(1, Date.valueOf(DAY));
                run.setObject(2, after);
                run.setObject(3, after);
                run.setObject(4, after);
                run.executeUpdate();
            }
        }
    }

    @Test
    @DisplayName("a salesperson sees their own line, a Manager their team's, a Boss everyone's")
    void linesPerRole() throws Exception {
        String sales = loggedIn("a1").get(page()).body();
        assertTrue(sales.contains("Sales A1 " + prefix), "own line");
        assertFalse(sales.contains("Sales A2 " + prefix), "no colleague");
        assertFalse(sales.contains("Sales B1 " + prefix), "no other team");
        assertFalse(sales.contains("daily:run-again"), "no run button for a salesperson");
        assertTrue(sales.contains("daily:run-written"), "when the report was written");
        assertFalse(sales.contains("daily:run-completed"), "not how many users the company has");
        assertTrue(sales.contains("nav-daily-report"));

        String manager = loggedIn("ma").get(page()).body();
        assertTrue(manager.contains("Sales A1 " + prefix), "own team");
        assertTrue(manager.contains("Sales A2 " + prefix), "own team");
        assertFalse(manager.contains("Sales B1 " + prefix), "no other team");
        assertFalse(manager.contains("Manager B " + prefix));

        WebSession boss = new WebSession();
        boss.logIn("boss", "boss-secret");
        String all = boss.get(page()).body();
        for (String name : new String[] {"Manager A", "Manager B", "Sales A1", "Sales A2", "Sales B1"}) {
            assertTrue(all.contains(name + " " + prefix), name);
        }
        assertTrue(all.contains("daily:run-again"), "a Boss may run the day again");
        assertTrue(all.contains("daily:run-completed"), "a Boss sees how many users were written");

        HttpResponse<String> badKind = boss.get("/report/daily.xhtml?kind=YEAR&date=" + DAY);
        assertEquals(200, badKind.statusCode());
        assertTrue(badKind.body().contains("YEAR"), "the invalid kind is named");
    }

    @Test
    @DisplayName("the records behind a figure open for the user's own report and are 404 for others")
    void recordsById() throws Exception {
        String address = "/report/daily-records.xhtml?figure=ACTIVITIES&date=" + DAY + "&user=";
        WebSession salesA1 = loggedIn("a1");
        HttpResponse<String> own = salesA1.get(address + IDS.get("a1"));
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Call about the renewal " + prefix), "the activity behind the figure");

        HttpResponse<String> colleague = salesA1.get(address + IDS.get("a2"));
        assertEquals(404, colleague.statusCode());
        assertEquals(404, loggedIn("mb").get(address + IDS.get("a1")).statusCode(), "another team's Manager");
        assertEquals(404, salesA1.get(address + "first").statusCode(), "a user id that is no number");
        assertEquals(404, salesA1.get(address.replace("ACTIVITIES", "NOPE") + IDS.get("a1")).statusCode(),
                "a figure that does not exist");
        HttpResponse<String> manager = loggedIn("ma").get(address + IDS.get("a1"));
        assertEquals(200, manager.statusCode());
        assertTrue(manager.body().contains("Call about the renewal " + prefix));
    }

    @Test
    @DisplayName("a Boss mails the day: each Boss and Manager gets what they may see")
    void mailTheDay() throws Exception {
        int port = Integer.parseInt(System.getProperty("crm.test.smtp-port"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ServerProperties.set(management, "crm.mail.enabled", "true");
        ServerProperties.set(management, "crm.mail.from", "crm@example.test");
        Map<String, String> bodies = new LinkedHashMap<>();
        try {
            HttpResponse<String> mailed = pressMailButton(loggedIn("boss"));
            assertEquals(200, mailed.statusCode());
            assertTrue(mailed.body().contains("partial-response"), mailed.body());

            assertTrue(smtp.waitForIncomingEmail(30_000, 3), "three readers have an address");
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
                bodies.put(to, message.getSubject() + "\n" + message.getContent());
            }
        } finally {
            ServerProperties.remove(management, "crm.mail.enabled");
            ServerProperties.remove(management, "crm.mail.from");
            smtp.stop();
        }

        String managerA = bodies.get(address("ma"));
        assertTrue(managerA.contains("Sales A1 " + prefix), managerA);
        assertFalse(managerA.contains("Sales B1 " + prefix), "another team's line: " + managerA);
        String managerB = bodies.get(address("mb"));
        assertTrue(managerB.contains("Sales B1 " + prefix), managerB);
        assertFalse(managerB.contains("Sales A1 " + prefix), managerB);
        String boss = bodies.get(address("boss"));
        assertTrue(boss.contains("Sales A1 " + prefix), boss);
        assertTrue(boss.contains("Sales B1 " + prefix), boss);
        assertFalse(bodies.containsKey(address("a1")), "salespeople get no summary");
    }

    /** Presses E-mail this report on the day's page, as the browser's AJAX request does. */
    private static HttpResponse<String> pressMailButton(WebSession boss) throws Exception {
        String page = boss.get(page()).body();
        return boss.post(page(), Map.of(
                "daily", "daily",
                "daily:mail", "daily:mail",
                "jakarta.faces.ViewState", viewState(page),
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "daily:mail",
                "jakarta.faces.partial.execute", "daily:mail",
                "jakarta.faces.partial.render", "messages"));
    }

    private static String address(String key) {
        return prefix + "-" + key + "@example.test";
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), "the page has a view state");
        return matcher.group(1);
    }

    private static String page() {
        return "/report/daily.xhtml?date=" + DAY;
    }

    private static void insertReport(Connection connection, long userId, int activities) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO daily_report (report_date, user_id, "
                + "customers_created, contacts_created, activities, schedules_done, tasks_completed, "
                + "opportunities_created, stage_advances, deals_won, won_amount, deals_lost, lost_amount, "
                + "contracts_signed, contract_amount, payments_received, payment_amount, expenses_filed, "
                + "expense_amount, logins, records_created, records_edited, execution_id, written_at) "
                + "VALUES (?, ?, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, ?)")) {
            insert.setDate(1, Date.valueOf(DAY));
            insert.setLong(2, userId);
            insert.setInt(3, activities);
            insert.setObject(4, DAY.plusDays(1).atTime(1, 0));
            insert.executeUpdate();
        }
    }

    /** Inserts an activity at 10:00 on the day on the company's clock. */
    private static void insertActivity(Connection connection, long customerId, long ownerId, String content)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO activity (customer_id, activity_type, "
                + "activity_time, content, owner_id, created_at, updated_at, version) "
                + "VALUES (?, 'CALL', ?, ?, ?, ?, ?, 0)")) {
            LocalDateTime utc = LocalDateTime.ofInstant(DAY.atTime(10, 0).atZone(CompanyCalendar.current().zone())
                    .toInstant(), ZoneOffset.UTC);
            insert.setLong(1, customerId);
            insert.setObject(2, utc);
            insert.setString(3, content);
            insert.setLong(4, ownerId);
            insert.setObject(5, utc);
            insert.setObject(6, utc);
            insert.executeUpdate();
        }
    }

    private static WebSession loggedIn(String key) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> landing = session.logIn(prefix + "-" + key, PASSWORD);
        assertTrue(landing.body().contains("signed-in-as"), "login as " + key + " succeeded");
        return session;
    }
}
