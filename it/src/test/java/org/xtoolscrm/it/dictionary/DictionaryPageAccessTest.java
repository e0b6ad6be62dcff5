package org.xtoolscrm.it.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** The data dictionary page over HTTP: the Boss opens it, a salesperson is forbidden. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Data dictionary page per role")
class DictionaryPageAccessTest {

    private static final String PAGE = "/dictionary/list.xhtml";
    private static final String PASSWORD = "dict-page-secret";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    @DisplayName("Salesperson gets 403 and no menu link")
    void salespersonForbidden() throws Exception {
        String login = "dp" + Long.toString(System.currentTimeMillis(), 36) + "-s";
        try (Connection connection = Database.connect()) {
            Database.insertUser(connection, login, "Seller " + login, "SALES", Database.userId(connection, "boss"),
                    PASSWORD);
        }
        WebSession session = loggedIn(login, PASSWORD);

        HttpResponse<String> page = session.get(PAGE);
        String customers = session.get("/customer/list.xhtml").body();

        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("dictionary:table"), "option table");
        assertFalse(customers.contains("nav-dictionary"), "menu link");
    }

    @Test
    @DisplayName("Boss opens the page with the seeded options")
    void bossOpensPage() throws Exception {
        WebSession session = loggedIn("boss", "boss-secret");

        HttpResponse<String> page = session.get(PAGE);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("dictionary:table"), "option table");
        assertTrue(page.body().contains("ENTERPRISE"), "seeded customer type");
        assertTrue(page.body().contains("nav-dictionary"), "menu link");
    }

    private static WebSession loggedIn(String login, String password) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> landing = session.logIn(login, password);
        assertTrue(landing.body().contains("signed-in-as"), "login as " + login + " succeeded");
        return session;
    }
}
