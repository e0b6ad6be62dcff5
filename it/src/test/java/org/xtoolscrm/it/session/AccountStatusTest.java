package org.xtoolscrm.it.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** Open sessions follow changes to their account: a disable or a role change ends them. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Sessions after account changes")
class AccountStatusTest {

    private static final String PASSWORD = "status-secret";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    @DisplayName("Disabling an account ends its open session")
    void disableEndsSession() throws Exception {
        String login = newSalesperson("dis");
        WebSession session = loggedIn(login);

        update("UPDATE app_user SET enabled = FALSE WHERE login = ?", login);
        HttpResponse<String> after = session.get("/customer/list.xhtml");

        assertTrue(WebSession.isLoginPage(after.body()), "login page after the disable");
        assertFalse(after.body().contains("signed-in-as"));
    }

    @Test
    @DisplayName("Changing the role ends the open session")
    void roleChangeEndsSession() throws Exception {
        String login = newSalesperson("role");
        WebSession session = loggedIn(login);

        update("UPDATE app_user SET role = 'MANAGER' WHERE login = ?", login);
        HttpResponse<String> after = session.get("/customer/list.xhtml");

        assertTrue(WebSession.isLoginPage(after.body()), "login page after the role change");
    }

    @Test
    @DisplayName("An unchanged account keeps its session")
    void unchangedAccountKeepsSession() throws Exception {
        String login = newSalesperson("keep");
        WebSession session = loggedIn(login);

        HttpResponse<String> after = session.get("/customer/list.xhtml");

        assertTrue(after.body().contains("signed-in-as"));
    }

    private static String newSalesperson(String suffix) throws Exception {
        String login = "st" + Long.toString(System.nanoTime(), 36) + "-" + suffix;
        try (Connection connection = Database.connect()) {
            Database.insertUser(connection, login, "Status " + suffix, "SALES", Database.userId(connection, "boss"),
                    PASSWORD);
        }
        return login;
    }

    private static WebSession loggedIn(String login) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> landing = session.logIn(login, PASSWORD);
        assertTrue(landing.body().contains("signed-in-as"), "login of " + login);
        return session;
    }

    private static void update(String sql, String login) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, login);
            statement.executeUpdate();
        }
    }
}
