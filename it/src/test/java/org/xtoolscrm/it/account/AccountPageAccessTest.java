package org.xtoolscrm.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
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

/** The account pages over HTTP: who may open them, and that a disabled account cannot log in. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Account pages per role")
class AccountPageAccessTest {

    private static final String PASSWORD = "pages-secret";
    private static final List<String> BOSS_PAGES = List.of("/account/list.xhtml", "/account/org-chart.xhtml");
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
        prefix = "ap" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long manager = Database.insertUser(connection, prefix + "-m", "Manager " + prefix, "MANAGER", boss,
                    PASSWORD);
            Database.insertUser(connection, prefix + "-s", "Seller " + prefix, "SALES", manager, PASSWORD);
        }
    }

    @Test
    @DisplayName("Manager and salesperson get 403 on the Boss pages")
    void nonBossForbidden() throws Exception {
        for (String key : List.of("m", "s")) {
            WebSession session = loggedIn(prefix + "-" + key, PASSWORD);
            for (String page : BOSS_PAGES) {
                HttpResponse<String> response = session.get(page);

                assertEquals(403, response.statusCode(), key + " " + page);
                assertFalse(response.body().contains("accounts:table"), key + " " + page);
                assertFalse(response.body().contains("Seller " + prefix), key + " " + page);
            }
        }
    }

    @Test
    @DisplayName("Boss opens the account list and the org chart")
    void bossOpensPages() throws Exception {
        WebSession session = loggedIn("boss", "boss-secret");

        HttpResponse<String> list = session.get("/account/list.xhtml");
        HttpResponse<String> chart = session.get("/account/org-chart.xhtml");

        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("accounts:table"), "account table");
        assertEquals(200, chart.statusCode());
        assertTrue(chart.body().contains("Seller " + prefix), "salesperson in the org chart");
    }

    @Test
    @DisplayName("Menu links to the Boss pages for a Boss only")
    void menuPerRole() throws Exception {
        String bossPage = loggedIn("boss", "boss-secret").get("/customer/list.xhtml").body();
        String salesPage = loggedIn(prefix + "-s", PASSWORD).get("/customer/list.xhtml").body();

        assertTrue(bossPage.contains("nav-accounts"));
        assertTrue(bossPage.contains("nav-org-chart"));
        assertFalse(salesPage.contains("nav-accounts"));
        assertFalse(salesPage.contains("nav-org-chart"));
        assertTrue(salesPage.contains("nav-password"));
    }

    @Test
    @DisplayName("Salesperson opens the password page")
    void passwordPageForEveryone() throws Exception {
        HttpResponse<String> page = loggedIn(prefix + "-s", PASSWORD).get("/account/password.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("passwordForm:oldPassword"), "password form");
    }

    @Test
    @DisplayName("Disabled account cannot log in")
    void disabledAccountCannotLogIn() throws Exception {
        String login = prefix + "-d";
        try (Connection connection = Database.connect()) {
            Database.insertUser(connection, login, "Leaver " + prefix, "SALES", Database.userId(connection, "boss"),
                    PASSWORD);
        }
        loggedIn(login, PASSWORD);
        try (Connection connection = Database.connect()) {
            Database.setEnabled(connection, login, false);
        }

        HttpResponse<String> landing = new WebSession().logIn(login, PASSWORD);

        assertFalse(landing.body().contains("signed-in-as"), "disabled account is signed in");
        assertFalse(landing.body().contains("Leaver " + prefix), "disabled account's name is shown");
    }

    private static WebSession loggedIn(String login, String password) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> landing = session.logIn(login, password);
        assertTrue(landing.body().contains("signed-in-as"), "login as " + login + " succeeded");
        return session;
    }
}
