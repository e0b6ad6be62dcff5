package org.xtoolscrm.it.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.login.LoginLogEntry;
import org.xtoolscrm.account.login.LoginLogFilter;
import org.xtoolscrm.account.login.LoginLogPurge;
import org.xtoolscrm.account.login.LoginLogService;
import org.xtoolscrm.account.login.LoginLogSortField;
import org.xtoolscrm.account.login.LoginOutcome;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;

/** Reading, filtering and purging the login log in the container, and the realm's view of a lock. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Login log service")
class LoginLogServiceTest {

    private static final String PASSWORD = "log-secret";
    private static String prefix;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(LoginLogServiceTest.class);
    }

    @EJB
    private LoginLogService service;

    @EJB
    private LoginLogPurge purge;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "ll" + Long.toString(System.currentTimeMillis(), 36);
        Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> {
            long boss = accounts.findByLogin(TestTeam.BOSS).orElseThrow().getId();
            accounts.create(new NewAccount(prefix + "-sales", "Sales " + prefix, Role.SALES, boss, PASSWORD,
                    null, null));
            accounts.create(new NewAccount(prefix + "-locked", "Locked " + prefix, Role.SALES, boss, PASSWORD,
                    null, null));
        });
        Instant now = Instant.now();
        insert(prefix + "-a", "10.1.0.1", "SUCCESS", now.minus(Duration.ofHours(1)));
        insert(prefix + "-a", "10.1.0.2", "BAD_CREDENTIALS", now.minus(Duration.ofDays(2)));
        insert(prefix + "-b", "10.2.0.1", "LOCKED", now.minus(Duration.ofDays(5)));
        insert(prefix + "-b", "10.2.0.1", "DISABLED", now.minus(Duration.ofDays(13)));
        insert(prefix + "-c", "10.3.0.1", "SUCCESS", now.minus(Duration.ofDays(15)));
    }

    @Test
    @DisplayName("Boss reads the last 14 days, filtered and sorted in the database")
    void bossFiltersAndSorts() throws Exception {
        Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> {
            LoginLogFilter mine = new LoginLogFilter(prefix + "-", null, null, null, null);
            assertEquals(4, service.count(mine), "the entry of 15 days ago is not shown");

            List<LoginLogEntry> byLogin = service.findPage(mine, LoginLogSortField.LOGIN, true, 0, 10);
            assertEquals(List.of(prefix + "-a", prefix + "-a", prefix + "-b", prefix + "-b"),
                    byLogin.stream().map(LoginLogEntry::getLogin).toList());

            List<LoginLogEntry> newest = service.findPage(mine, LoginLogSortField.ATTEMPTED_AT, false, 0, 2);
            assertEquals(List.of("10.1.0.1", "10.1.0.2"), newest.stream().map(LoginLogEntry::getIpAddress).toList());
            List<LoginLogEntry> second = service.findPage(mine, LoginLogSortField.ATTEMPTED_AT, false, 2, 2);
            assertEquals(List.of("10.2.0.1", "10.2.0.1"), second.stream().map(LoginLogEntry::getIpAddress).toList());

            assertEquals(2, service.count(new LoginLogFilter(prefix + "-", "10.2.", null, null, null)));
            assertEquals(1, service.count(new LoginLogFilter(prefix + "-", null, LoginOutcome.LOCKED, null, null)));
            Instant now = Instant.now();
            assertEquals(2, service.count(new LoginLogFilter(prefix + "-", null, null,
                    now.minus(Duration.ofDays(3)), now.minus(Duration.ofMinutes(30)))), "date range");
            assertEquals(0, service.count(new LoginLogFilter(prefix + "_", null, null, null, null)),
                    "a typed underscore is no wildcard");
        });
    }

    @Test
    @DisplayName("Non-Boss callers may not read the log")
    void salesIsDenied() throws Exception {
        Identities.as(prefix + "-sales", PASSWORD, () -> {
            assertThrows(EJBAccessException.class, () -> service.count(LoginLogFilter.none()));
            assertThrows(EJBAccessException.class,
                    () -> service.findPage(LoginLogFilter.none(), LoginLogSortField.ATTEMPTED_AT, false, 0, 10));
        });
    }

    @Test
    @DisplayName("Purge deletes entries past the retention and expired counters")
    void purgeDeletesOldEntries() throws Exception {
        Instant now = Instant.now();
        insert(prefix + "-old", "10.9.0.1", "BAD_CREDENTIALS", now.minus(Duration.ofDays(30)));
        insert(prefix + "-old", "10.9.0.2", "SUCCESS", now.minus(Duration.ofDays(13)));
        insertCounter(prefix + "-expired", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
        insertCounter(prefix + "-active", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(14)));

        int deleted = purge.purge();

        assertTrue(deleted >= 2, "deleted " + deleted);
        assertEquals(List.of("10.9.0.2"), ips(prefix + "-old"));
        assertEquals(List.of(), ips(prefix + "-c"), "15 days is past the default retention of 14");
        assertEquals(0, counters(prefix + "-expired"));
        assertEquals(1, counters(prefix + "-active"));
    }

    @Test
    @DisplayName("The realm rejects a locked login even with the right password")
    void realmSkipsLockedLogin() throws Exception {
        String login = prefix + "-locked";
        Instant now = Instant.now();
        insertCounter(login, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(14)));

        assertThrows(SecurityException.class, () -> SecurityDomain.getCurrent()
                .authenticate(login, new PasswordGuessEvidence(PASSWORD.toCharArray())));

        execute("UPDATE login_lock SET locked_until = ? WHERE login_key = ?",
                Timestamp.from(now.minus(Duration.ofMinutes(1))), login);
        assertDoesNotThrow(() -> SecurityDomain.getCurrent()
                .authenticate(login, new PasswordGuessEvidence(PASSWORD.toCharArray())));
    }

    private void insert(String login, String ip, String outcome, Instant at) throws SQLException {
        execute("INSERT INTO login_log (login, ip_address, user_agent, outcome, attempted_at) VALUES (?, ?, ?, ?, ?)",
                login, ip, "JUnit", outcome, Timestamp.from(at));
    }

    private void insertCounter(String loginKey, Instant windowStart, Instant lockedUntil) throws SQLException {
        execute("INSERT INTO login_lock (login_key, failure_count, window_start, locked_until) VALUES (?, 5, ?, ?)",
                loginKey, Timestamp.from(windowStart), Timestamp.from(lockedUntil));
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private List<String> ips(String login) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT ip_address FROM login_log WHERE login = ? ORDER BY attempted_at")) {
            select.setString(1, login);
            List<String> ips = new java.util.ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ips.add(result.getString(1));
                }
            }
            return ips;
        }
    }

    private int counters(String loginKey) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM login_lock WHERE login_key = ?")) {
            select.setString(1, loginKey);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
