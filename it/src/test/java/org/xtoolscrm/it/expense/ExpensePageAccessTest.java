package org.xtoolscrm.it.expense;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

/** The expense pages over HTTP, as a browser reaches them, per role. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Expense pages per role")
class ExpensePageAccessTest {

    private static final String PASSWORD = "page-secret";
    private static String prefix;
    private static long ownCustomer;
    private static long colleagueCustomer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "xp" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long managerA = Database.insertUser(connection, prefix + "-ma", "Manager A", "MANAGER", boss, PASSWORD);
            long managerB = Database.insertUser(connection, prefix + "-mb", "Manager B", "MANAGER", boss, PASSWORD);
            long salesA1 = Database.insertUser(connection, prefix + "-a1", "Sales A1", "SALES", managerA, PASSWORD);
            long salesA2 = Database.insertUser(connection, prefix + "-a2", "Sales A2", "SALES", managerA, PASSWORD);
            long salesB1 = Database.insertUser(connection, prefix + "-b1", "Sales B1", "SALES", managerB, PASSWORD);
            ownCustomer = Database.insertCustomer(connection, prefix + "-own", "Own Ltd " + prefix, salesA1);
            colleagueCustomer = Database.insertCustomer(connection, prefix + "-col", "Colleague Ltd " + prefix,
                    salesA2);
            long otherTeamCustomer = Database.insertCustomer(connection, prefix + "-oth", "Other Ltd " + prefix,
                    salesB1);
            insertExpense(connection, ownCustomer, salesA1, "Own taxi " + prefix);
            insertExpense(connection, colleagueCustomer, salesA2, "Colleague dinner " + prefix);
            insertExpense(connection, otherTeamCustomer, salesB1, "Other team gift " + prefix);
        }
    }

    @Test
    @DisplayName("Approval page is for Managers and Bosses only")
    void approvalPageRoles() throws Exception {
        HttpResponse<String> asSales = loggedIn("a1").get("/expense/approval.xhtml");
        HttpResponse<String> asManager = loggedIn("ma").get("/expense/approval.xhtml");
        WebSession boss = new WebSession();
        boss.logIn("boss", "boss-secret");
        HttpResponse<String> asBoss = boss.get("/expense/approval.xhtml");

        assertEquals(403, asSales.statusCode());
        assertFalse(asSales.body().contains("approval:table"), "no approval table for a salesperson");
        assertEquals(200, asManager.statusCode());
        assertTrue(asManager.body().contains("approval:table"));
        assertEquals(200, asBoss.statusCode());
    }

    @Test
    @DisplayName("Navigation offers approval to Managers, not to salespeople")
    void navigationPerRole() throws Exception {
        String salesPage = loggedIn("a1").get("/expense/list.xhtml").body();
        String managerPage = loggedIn("ma").get("/expense/list.xhtml").body();

        assertTrue(salesPage.contains("nav-expenses"));
        assertFalse(salesPage.contains("nav-expense-approval"));
        assertTrue(managerPage.contains("nav-expense-approval"));
    }

    @Test
    @DisplayName("Salesperson's expense list shows only their own expenses")
    void salesListOwnOnly() throws Exception {
        HttpResponse<String> list = loggedIn("a1").get("/expense/list.xhtml");

        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Own taxi " + prefix));
        assertFalse(list.body().contains("Colleague dinner " + prefix));
        assertFalse(list.body().contains("Other team gift " + prefix));
    }

    @Test
    @DisplayName("Manager's lists show the team's expenses, not another team's")
    void managerListsTeamOnly() throws Exception {
        WebSession session = loggedIn("ma");
        String list = session.get("/expense/list.xhtml").body();
        String approval = session.get("/expense/approval.xhtml").body();

        assertTrue(list.contains("Own taxi " + prefix));
        assertTrue(list.contains("Colleague dinner " + prefix));
        assertFalse(list.contains("Other team gift " + prefix));
        assertTrue(approval.contains("Own taxi " + prefix));
        assertTrue(approval.contains("Colleague dinner " + prefix));
        assertFalse(approval.contains("Other team gift " + prefix));
    }

    @Test
    @DisplayName("Expenses tab opens on own customer; a colleague's customer is 404")
    void tabByCustomerId() throws Exception {
        WebSession session = loggedIn("a1");
        HttpResponse<String> own = session.get("/customer/view.xhtml?tab=expenses&id=" + ownCustomer);
        HttpResponse<String> colleague = session.get("/customer/view.xhtml?tab=expenses&id=" + colleagueCustomer);

        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Own taxi " + prefix), "the tab lists the customer's expense");
        assertTrue(own.body().contains("id=\"expense-approved-total\""), "the tab shows the approved total");
        assertEquals(404, colleague.statusCode());
        assertFalse(colleague.body().contains("Colleague dinner"), "404 page leaks no data");
    }

    private static void insertExpense(Connection connection, long customerId, long filerId, String description)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO expense (customer_id, filed_by_id, expense_date, expense_type, amount, currency, "
                        + "description, status, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, 'TRAVEL', ?, 'CNY', ?, 'SUBMITTED', ?, ?, 0)")) {
            insert.setLong(1, customerId);
            insert.setLong(2, filerId);
            insert.setDate(3, Date.valueOf(CompanyCalendar.current().today()));
            insert.setBigDecimal(4, new BigDecimal("42.00"));
            insert.setString(5, description);
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
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
