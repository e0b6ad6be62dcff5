package org.xtoolscrm.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.xtoolscrm.account.AccountError;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.PasswordService;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;

/** Password reset by a Boss and every user's own password change, checked by logging in. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Password reset and change")
class PasswordChangeTest {

    private static final String BOSS = "boss";
    private static final String BOSS_PASSWORD = "boss-secret";
    private static final String PASSWORD = "first-secret";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PasswordChangeTest.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private PasswordService passwords;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Test
    @DisplayName("Boss resets a password; only the new one logs in")
    void bossResetsPassword() throws Exception {
        User sales = createSales("reset");

        Identities.as(BOSS, BOSS_PASSWORD, () -> passwords.reset(sales.getId(), "reset-secret"));

        assertTrue(canLogIn(sales.getLogin(), "reset-secret"), "new password");
        assertFalse(canLogIn(sales.getLogin(), PASSWORD), "old password");
        assertPasswordLogged(sales.getId(), BOSS, "reset-secret");
    }

    @Test
    @DisplayName("Reset checks the password rules")
    void resetChecksRules() throws Exception {
        User sales = createSales("rrule");

        AccountError error = errorOf(() -> Identities.as(BOSS, BOSS_PASSWORD,
                () -> passwords.reset(sales.getId(), sales.getLogin())));

        assertEquals(AccountError.PASSWORD_EQUALS_LOGIN, error);
        assertTrue(canLogIn(sales.getLogin(), PASSWORD));
    }

    @Test
    @DisplayName("User changes own password with the current one")
    void userChangesOwnPassword() throws Exception {
        User sales = createSales("own");

        Identities.as(sales.getLogin(), PASSWORD, () -> passwords.changeOwn(PASSWORD, "second-secret"));

        assertTrue(canLogIn(sales.getLogin(), "second-secret"), "new password");
        assertFalse(canLogIn(sales.getLogin(), PASSWORD), "old password");
        assertPasswordLogged(sales.getId(), sales.getLogin(), "second-secret");
    }

    @Test
    @DisplayName("Wrong current password or a rule break changes nothing")
    void ownChangeRejected() throws Exception {
        User sales = createSales("wrong");

        AccountError wrongCurrent = errorOf(() -> Identities.as(sales.getLogin(), PASSWORD,
                () -> passwords.changeOwn("not-the-password", "second-secret")));
        AccountError tooShort = errorOf(() -> Identities.as(sales.getLogin(), PASSWORD,
                () -> passwords.changeOwn(PASSWORD, "12345")));
        AccountError unchanged = errorOf(() -> Identities.as(sales.getLogin(), PASSWORD,
                () -> passwords.changeOwn(PASSWORD, PASSWORD)));

        assertEquals(AccountError.PASSWORD_WRONG, wrongCurrent);
        assertEquals(AccountError.PASSWORD_TOO_SHORT, tooShort);
        assertEquals(AccountError.PASSWORD_UNCHANGED, unchanged);
        assertTrue(canLogIn(sales.getLogin(), PASSWORD));
        assertFalse(canLogIn(sales.getLogin(), "second-secret"));
    }

    @Test
    @DisplayName("Manager changes own password too")
    void managerChangesOwnPassword() throws Exception {
        String login = uniqueLogin("mgr");
        Identities.as(BOSS, BOSS_PASSWORD, () -> accounts.create(new NewAccount(login, "Manager " + login,
                Role.MANAGER, accounts.findByLogin(BOSS).orElseThrow().getId(), PASSWORD, null, null)));

        Identities.as(login, PASSWORD, () -> passwords.changeOwn(PASSWORD, "manager-secret"));

        assertTrue(canLogIn(login, "manager-secret"));
    }

    private User createSales(String key) throws Exception {
        String login = uniqueLogin(key);
        return Identities.as(BOSS, BOSS_PASSWORD, () -> accounts.create(new NewAccount(login, "Seller " + key,
                Role.SALES, accounts.findByLogin(BOSS).orElseThrow().getId(), PASSWORD, null, null)));
    }

    private static boolean canLogIn(String login, String password) throws Exception {
        try {
            return Identities.as(login, password, () -> true);
        } catch (SecurityException e) {
            return false;
        }
    }

    private static AccountError errorOf(Executable work) {
        return assertThrows(InvalidAccountException.class, work).getError();
    }

    private static String uniqueLogin(String key) {
        return ("pwd" + Long.toString(System.nanoTime(), 36) + "-" + key).toLowerCase();
    }

    /** Checks the single password row of the change log: who changed it, and no value. */
    private void assertPasswordLogged(long userId, String changedBy, String newPassword) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT action, changed_by, old_value, new_value "
                     + "FROM change_log WHERE entity_type = 'User' AND entity_id = ? AND field_name = 'password'")) {
            select.setLong(1, userId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4)});
                }
            }
        }
        assertEquals(1, rows.size(), "password rows");
        assertEquals("UPDATE", rows.get(0)[0]);
        assertEquals(changedBy, rows.get(0)[1]);
        assertNull(rows.get(0)[2]);
        assertNull(rows.get(0)[3]);
        assertFalse(anyLoggedValueContains(userId, newPassword), "new password in the change log");
    }

    private boolean anyLoggedValueContains(long userId, String text) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM change_log "
                     + "WHERE entity_id = ? AND (old_value LIKE ? OR new_value LIKE ?)")) {
            select.setLong(1, userId);
            select.setString(2, "%" + text + "%");
            select.setString(3, "%" + text + "%");
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        }
    }
}
