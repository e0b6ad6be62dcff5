package org.xtoolscrm.it.session;

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
import org.xtoolscrm.it.support.TestTeam;

/** The login log page over HTTP: open to a Boss, closed to everyone else. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Login log page")
class LoginLogPageTest {

    private static final String PASSWORD = "page-log-secret";
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
        prefix = "lp" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long manager = Database.insertUser(connection, prefix + "-m", "Manager", "MANAGER", boss, PASSWORD);
            Database.insertUser(connection, prefix + "-s", "Sales", "SALES", manager, PASSWORD);
        }
    }

    @Test
    @DisplayName("Boss sees the menu link and the newest attempts")
    void bossSeesLog() throws Exception {
        new WebSession().logIn(prefix + "-s", "wrong-password");
        WebSession boss = new WebSession();
        boss.logIn(TestTeam.BOSS, TestTeam.BOSS_PASSWORD);

        HttpResponse<String> start = boss.get("/customer/list.xhtml");
        HttpResponse<String> page = boss.get("/account/login-log.xhtml");

        assertTrue(start.body().contains("id=\"nav-login-log\""), "menu link for the Boss");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("loginLog:table"), "the table is rendered");
        assertTrue(page.body().contains(prefix + "-s"), "the failed attempt is listed");
        assertTrue(page.body().contains("Wrong login or password"), "outcome shown in words");
    }

    @Test
    @DisplayName("Manager and salesperson get 403 and no menu link")
    void othersAreForbidden() throws Exception {
        for (String login : new String[] {prefix + "-m", prefix + "-s"}) {
            WebSession session = new WebSession();
            session.logIn(login, PASSWORD);

            HttpResponse<String> start = session.get("/customer/list.xhtml");
            HttpResponse<String> page = session.get("/account/login-log.xhtml");

            assertFalse(start.body().contains("nav-login-log"), login + " has no menu link");
            assertEquals(403, page.statusCode(), login);
            assertFalse(page.body().contains("loginLog:table"), login);
        }
    }

    @Test
    @DisplayName("Anonymous request shows the login page")
    void anonymousGetsLogin() throws Exception {
        HttpResponse<String> page = new WebSession().get("/account/login-log.xhtml");

        assertTrue(WebSession.isLoginPage(page.body()));
        assertFalse(page.body().contains("loginLog:table"));
    }
}
