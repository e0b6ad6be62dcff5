package org.xtoolscrm.it.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
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

/** The customer pages over HTTP, as a browser reaches them: list and detail by id in the URL. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Customer pages per role")
class CustomerPageAccessTest {

    private static final String PASSWORD = "page-secret";
    private static String prefix;
    private static long ownCustomer;
    private static long colleagueCustomer;
    private static long otherTeamCustomer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "pg" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long managerA = Database.insertUser(connection, prefix + "-ma", "Manager A", "MANAGER", boss, PASSWORD);
            long managerB = Database.insertUser(connection, prefix + "-mb", "Manager B", "MANAGER", boss, PASSWORD);
            long salesA1 = Database.insertUser(connection, prefix + "-a1", "Sales A1", "SALES", managerA, PASSWORD);
            long salesA2 = Database.insertUser(connection, prefix + "-a2", "Sales A2", "SALES", managerA, PASSWORD);
            long salesB1 = Database.insertUser(connection, prefix + "-b1", "Sales B1", "SALES", managerB, PASSWORD);
            ownCustomer = Database.insertCustomer(connection, prefix + "-own", "甲方自有客户 " + prefix, salesA1);
            colleagueCustomer = Database.insertCustomer(connection, prefix + "-col", "Colleague Ltd " + prefix, salesA2);
            otherTeamCustomer = Database.insertCustomer(connection, prefix + "-oth", "Other Team Ltd " + prefix, salesB1);
        }
    }

    @Test
    @DisplayName("Salesperson opens own customer by id")
    void ownCustomerOpens() throws Exception {
        WebSession session = loggedIn("a1");
        HttpResponse<String> page = session.get("/customer/view.xhtml?id=" + ownCustomer);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("甲方自有客户 " + prefix), "page shows the customer's Chinese name");
    }

    @Test
    @DisplayName("Salesperson gets 404 for a colleague's customer id")
    void colleagueCustomerIsNotFound() throws Exception {
        WebSession session = loggedIn("a1");
        HttpResponse<String> page = session.get("/customer/view.xhtml?id=" + colleagueCustomer);

        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains("Colleague Ltd"), "404 page leaks no data");
    }

    @Test
    @DisplayName("Manager opens subordinate's customer but not another team's")
    void managerScope() throws Exception {
        WebSession session = loggedIn("ma");

        assertEquals(200, session.get("/customer/view.xhtml?id=" + colleagueCustomer).statusCode());
        HttpResponse<String> other = session.get("/customer/view.xhtml?id=" + otherTeamCustomer);
        assertEquals(404, other.statusCode());
        assertFalse(other.body().contains("Other Team Ltd"));
    }

    @Test
    @DisplayName("Hand-over page is for the Boss only")
    void handOverPageIsBossOnly() throws Exception {
        HttpResponse<String> asManager = loggedIn("ma").get("/customer/hand-over.xhtml");
        WebSession boss = new WebSession();
        boss.logIn("boss", "boss-secret");
        HttpResponse<String> asBoss = boss.get("/customer/hand-over.xhtml");

        assertEquals(403, asManager.statusCode());
        assertFalse(asManager.body().contains("hand-over:from"), "no hand-over form for a Manager");
        assertEquals(200, asBoss.statusCode());
        assertTrue(asBoss.body().contains("hand-over:from"));
    }

    @Test
    @DisplayName("Customer view shows who can see it and why")
    void viewShowsAccessPanel() throws Exception {
        String body = loggedIn("a1").get("/customer/view.xhtml?tab=access&id=" + ownCustomer).body();
        int start = body.indexOf("id=\"tabs:access:grants\"");
        assertTrue(start >= 0, "access table is rendered");
        String accessTable = body.substring(start, body.indexOf("</table>", start));

        assertTrue(accessTable.contains("Sales A1"), "the owner is listed");
        assertTrue(accessTable.contains("Manager A"), "the owner's manager is listed");
        assertTrue(accessTable.contains("grant-reason"), "reasons are shown");
        assertFalse(accessTable.contains("Manager B"), "the other manager is not listed");
    }

    @Test
    @DisplayName("Malformed or missing id gives 404")
    void malformedIdIsNotFound() throws Exception {
        WebSession session = loggedIn("a1");

        assertEquals(404, session.get("/customer/view.xhtml?id=abc").statusCode());
        assertEquals(404, session.get("/customer/view.xhtml").statusCode());
        assertEquals(404, session.get("/customer/view.xhtml?id=" + Long.MAX_VALUE).statusCode());
    }

    @Test
    @DisplayName("Customer list shows only the caller's customers")
    void listShowsOwnOnly() throws Exception {
        WebSession session = loggedIn("a1");
        HttpResponse<String> list = session.get("/customer/list.xhtml");

        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("Colleague Ltd " + prefix));
        assertFalse(list.body().contains("Other Team Ltd " + prefix));
    }

    @Test
    @DisplayName("Anonymous request shows the login page, not the customer")
    void anonymousGetsLogin() throws Exception {
        HttpResponse<String> page = new WebSession().get("/customer/view.xhtml?id=" + ownCustomer);

        assertTrue(WebSession.isLoginPage(page.body()), "login form is shown");
        assertFalse(page.body().contains("甲方自有客户"));
    }

    @Test
    @DisplayName("Wrong password shows a plain message")
    void wrongPasswordShowsMessage() throws Exception {
        HttpResponse<String> page = new WebSession().logIn(prefix + "-a1", "wrong-password");

        assertTrue(page.body().contains("login-error"), "error block is rendered");
        assertFalse(page.body().contains("signed-in-as"));
    }

    @Test
    @DisplayName("Logout ends the session")
    void logoutEndsSession() throws Exception {
        WebSession session = loggedIn("a1");
        session.logOut();
        HttpResponse<String> after = session.get("/customer/view.xhtml?id=" + ownCustomer);

        assertTrue(WebSession.isLoginPage(after.body()));
        assertFalse(after.body().contains("甲方自有客户"));
    }

    private static WebSession loggedIn(String key) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> landing = session.logIn(prefix + "-" + key, PASSWORD);
        assertTrue(landing.body().contains("signed-in-as"), "login as " + key + " succeeded");
        return session;
    }
}
