package org.xtoolscrm.it.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * The workbench over HTTP: the start page after login, with the caller's schedules of
 * the next seven days and open tasks, overdue first, and nothing of other users. The
 * test server runs in UTC, the company zone by default, so the seeded times keep a
 * day's margin from the period's edges.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Workbench page")
class WorkbenchPageTest {

    private static final String PASSWORD = "bench-secret";
    private static String prefix;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "wb" + Long.toString(System.currentTimeMillis(), 36);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long manager = Database.insertUser(connection, prefix + "-m", "Manager " + prefix, "MANAGER", boss, PASSWORD);
            long sales1 = Database.insertUser(connection, prefix + "-s1", "Sales1 " + prefix, "SALES", manager, PASSWORD);
            long sales2 = Database.insertUser(connection, prefix + "-s2", "Sales2 " + prefix, "SALES", manager, PASSWORD);
            long other = Database.insertUser(connection, prefix + "-o", "Other " + prefix, "SALES", boss, PASSWORD);
            long customer = Database.insertCustomer(connection, prefix + "-c1", "Workbench Ltd " + prefix, sales1);

            insertSchedule(connection, sales1, customer, "S1 in two days", now.plus(Duration.ofHours(48)));
            insertSchedule(connection, sales1, null, "S1 without customer", now.plus(Duration.ofHours(30)));
            insertSchedule(connection, sales1, null, "S1 in nine days", now.plus(Duration.ofDays(9)));
            insertSchedule(connection, sales1, null, "S1 two days ago", now.minus(Duration.ofDays(2)));
            insertSchedule(connection, sales2, null, "S2 in two days", now.plus(Duration.ofHours(48)));
            insertSchedule(connection, other, null, "Other in two days", now.plus(Duration.ofHours(48)));

            insertTask(connection, sales1, customer, "S1 task due later", today.plusDays(5), false);
            insertTask(connection, sales1, null, "S1 task overdue", today.minusDays(3), false);
            insertTask(connection, sales1, null, "S1 task done", today.minusDays(1), true);
            insertTask(connection, other, null, "Other task", today.minusDays(1), false);
        }
    }

    @Test
    @DisplayName("Login lands on the workbench")
    void loginLandsOnWorkbench() throws Exception {
        HttpResponse<String> landing = new WebSession().logIn(prefix + "-s1", PASSWORD);

        assertTrue(landing.body().contains("id=\"workbench\""), "the start page is the workbench");
        assertTrue(landing.body().contains("/crm/customer/edit.xhtml"), "quick-add for customers");
        assertTrue(landing.body().contains("/crm/schedule/calendar.xhtml?newSchedule="), "quick-add for schedules");
        assertTrue(landing.body().contains("/crm/task/list.xhtml"), "quick-add for tasks");
    }

    @Test
    @DisplayName("Own schedules of the next seven days only")
    void ownSchedulesInPeriod() throws Exception {
        String page = page(prefix + "-s1");

        assertTrue(page.contains("S1 in two days"));
        assertTrue(page.contains("S1 without customer"));
        assertFalse(page.contains("S1 in nine days"), "after the seventh day");
        assertFalse(page.contains("S1 two days ago"), "before today");
        assertFalse(page.contains("S2 in two days"), "a colleague's");
        assertFalse(page.contains("Other in two days"), "another team's");
    }

    @Test
    @DisplayName("Open tasks with overdue first")
    void openTasksOverdueFirst() throws Exception {
        String page = page(prefix + "-s1");
        int overdue = page.indexOf("S1 task overdue");
        int later = page.indexOf("S1 task due later");

        assertTrue(overdue >= 0, "overdue task listed");
        assertTrue(later > overdue, "overdue task comes first");
        assertFalse(page.contains("S1 task done"), "done task left out");
        assertFalse(page.contains("Other task"), "another user's task left out");
    }

    @Test
    @DisplayName("Manager's own view leaves out the team")
    void managerSeesOwnByDefault() throws Exception {
        String page = page(prefix + "-m");

        assertTrue(page.contains("id=\"workbench-form:whose\""), "the team switch is offered");
        assertFalse(page.contains("S1 in two days"), "the team's items wait for the switch");
    }

    @Test
    @DisplayName("Company totals and payments panel shown")
    void companyFiguresShown() throws Exception {
        String page = page(prefix + "-o");

        assertTrue(page.contains("id=\"month-contracts\""));
        assertTrue(page.contains("id=\"month-payments\""));
        assertTrue(page.contains("id=\"workbench-form:payment-table\""), "the payments due table");
        assertFalse(page.contains("id=\"workbench-form:whose\""), "a salesperson has no team switch");
    }

    private static String page(String login) throws Exception {
        WebSession session = new WebSession();
        session.logIn(login, PASSWORD);
        HttpResponse<String> response = session.get("/workbench.xhtml");
        assertEquals(200, response.statusCode(), "workbench status");
        return response.body();
    }

    private static void insertSchedule(Connection connection, long owner, Long customer, String subject, Instant start)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schedule (owner_id, start_at, end_at, schedule_type, subject, customer_id, created_at, "
                        + "updated_at) VALUES (?, ?, ?, 'VISIT', ?, ?, ?, ?)")) {
            insert.setLong(1, owner);
            insert.setTimestamp(2, Timestamp.from(start));
            insert.setTimestamp(3, Timestamp.from(start.plus(Duration.ofHours(1))));
            insert.setString(4, subject);
            insert.setObject(5, customer);
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }
    }

    private static void insertTask(Connection connection, long owner, Long customer, String subject, LocalDate due,
                                   boolean done) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO task (subject, due_date, priority, customer_id, owner_id, done, done_at, created_at, "
                        + "updated_at) VALUES (?, ?, 'NORMAL', ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, subject);
            insert.setDate(2, Date.valueOf(due));
            insert.setObject(3, customer);
            insert.setLong(4, owner);
            insert.setBoolean(5, done);
            insert.setTimestamp(6, done ? now : null);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
        }
    }
}
