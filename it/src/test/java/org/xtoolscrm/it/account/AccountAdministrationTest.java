package org.xtoolscrm.it.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.xtoolscrm.account.AccountDirectory;
import org.xtoolscrm.account.AccountEdit;
import org.xtoolscrm.account.AccountError;
import org.xtoolscrm.account.AccountFilter;
import org.xtoolscrm.account.AccountRow;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.AccountSortField;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.PasswordHasher;
import org.xtoolscrm.account.PasswordService;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.customer.CustomerFilter;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;

/**
 * Account administration in the container, as the Boss of the test server and as the
 * accounts each test creates with its own unique logins.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Account administration")
class AccountAdministrationTest {

    private static final String BOSS = "boss";
    private static final String BOSS_PASSWORD = "boss-secret";
    private static final String PASSWORD = "admin-secret";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AccountAdministrationTest.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private AccountDirectory directory;

    @EJB
    private PasswordService passwords;

    @EJB
    private CustomerService customers;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Test
    @DisplayName("Create stores normalised fields and logs them without the password")
    void createStoresAndLogs() throws Exception {
        String login = uniqueLogin("new");
        User user = asBoss(() -> accounts.create(new NewAccount(login, "  陈小明 ", Role.SALES, bossId(), PASSWORD,
                "+86 139-0000-1111", " chen@example.com ")));

        AccountRow row = asBoss(() -> directory.get(user.getId()));
        assertEquals("陈小明", row.getDisplayName());
        assertEquals("13900001111", row.getMobile());
        assertEquals("chen@example.com", row.getEmail());
        assertEquals(bossId(), row.getSuperiorId());
        assertTrue(row.isEnabled());
        assertTrue(PasswordHasher.matches(PASSWORD, passwordHash(login)));

        Map<String, String> created = changes(user.getId(), "CREATE");
        assertEquals(login, created.get("login"));
        assertEquals("13900001111", created.get("mobile"));
        assertEquals("boss", created.get("superior"));
        assertEquals("true", created.get("enabled"));
        assertEquals(List.of(BOSS), changedBy(user.getId()));
        assertNoSecretLogged(user.getId(), PASSWORD, passwordHash(login));
    }

    @Test
    @DisplayName("Invalid fields are rejected and nothing is stored")
    void invalidFieldsRejected() throws Exception {
        String login = uniqueLogin("bad");
        Map<AccountError, NewAccount> cases = Map.of(
                AccountError.MOBILE_INVALID, account(login, Role.SALES, bossId(), PASSWORD, "12812345678", null),
                AccountError.EMAIL_INVALID, account(login, Role.SALES, bossId(), PASSWORD, null, "chen@example"),
                AccountError.PASSWORD_TOO_SHORT, account(login, Role.SALES, bossId(), "12345", null, null),
                AccountError.PASSWORD_EQUALS_LOGIN, account(login, Role.SALES, bossId(), login.toUpperCase(), null, null),
                AccountError.SUPERIOR_MUST_BE_BOSS, account(login, Role.MANAGER, null, PASSWORD, null, null),
                AccountError.SUPERIOR_NOT_ALLOWED, account(login, Role.BOSS, bossId(), PASSWORD, null, null),
                AccountError.SUPERIOR_NOT_FOUND, account(login, Role.SALES, Long.MAX_VALUE, PASSWORD, null, null),
                AccountError.LOGIN_TAKEN, account(BOSS, Role.SALES, bossId(), PASSWORD, null, null));

        for (Map.Entry<AccountError, NewAccount> entry : cases.entrySet()) {
            assertEquals(entry.getKey(), errorOf(() -> asBoss(() -> accounts.create(entry.getValue()))),
                    entry.getKey().name());
        }
        assertFalse(asBoss(() -> accounts.findByLogin(login).isPresent()));
    }

    @Test
    @DisplayName("Disabled account cannot become a superior")
    void disabledSuperiorRejected() throws Exception {
        User manager = create("dm", Role.MANAGER, bossId());
        asBoss(() -> accounts.disable(manager.getId()));

        AccountError error = errorOf(() -> create("ds", Role.SALES, manager.getId()));

        assertEquals(AccountError.SUPERIOR_DISABLED, error);
    }

    @Test
    @DisplayName("Edit changes fields and logs only what changed")
    void editLogsChanges() throws Exception {
        User manager = create("em", Role.MANAGER, bossId());
        User sales = create("es", Role.SALES, bossId());
        AccountRow before = asBoss(() -> directory.get(sales.getId()));

        asBoss(() -> accounts.update(new AccountEdit(sales.getId(), before.getVersion(), "Renamed Seller", Role.SALES,
                manager.getId(), "138 0000 2222", null)));

        AccountRow after = asBoss(() -> directory.get(sales.getId()));
        assertEquals("Renamed Seller", after.getDisplayName());
        assertEquals(manager.getId(), after.getSuperiorId());
        assertEquals("13800002222", after.getMobile());
        Map<String, String> updated = changes(sales.getId(), "UPDATE");
        assertEquals(Map.of("displayName", "Renamed Seller", "superior", manager.getLogin(), "mobile", "13800002222"),
                updated);
    }

    @Test
    @DisplayName("Stale edit is rejected and the first edit stays")
    void staleEditRejected() throws Exception {
        User sales = create("st", Role.SALES, bossId());
        int version = asBoss(() -> directory.get(sales.getId())).getVersion();
        asBoss(() -> accounts.update(edit(sales.getId(), version, "First Edit", Role.SALES, bossId())));

        AccountError error = errorOf(() -> asBoss(() -> accounts.update(
                edit(sales.getId(), version, "Second Edit", Role.SALES, bossId()))));

        assertEquals(AccountError.STALE_EDIT, error);
        assertEquals("First Edit", asBoss(() -> directory.get(sales.getId())).getDisplayName());
    }

    @Test
    @DisplayName("Manager with subordinates becomes Sales only after they move")
    void roleChangeKeepsReportingLine() throws Exception {
        User manager = create("rm", Role.MANAGER, bossId());
        User sales = create("rs", Role.SALES, manager.getId());

        InvalidAccountException rejected = assertThrows(InvalidAccountException.class,
                () -> asBoss(() -> accounts.update(current(manager.getId(), Role.SALES, bossId()))));
        assertEquals(AccountError.SUBORDINATES_BLOCK_ROLE, rejected.getError());
        assertArrayEquals(new Object[] {1L, Role.SALES}, rejected.getArguments());
        assertEquals(Role.MANAGER, asBoss(() -> directory.get(manager.getId())).getRole());

        asBoss(() -> accounts.update(current(sales.getId(), Role.SALES, bossId())));
        asBoss(() -> accounts.update(current(manager.getId(), Role.SALES, bossId())));
        assertEquals(Role.SALES, asBoss(() -> directory.get(manager.getId())).getRole());
    }

    @Test
    @DisplayName("Second Boss has equal rights and may be demoted")
    void secondBossEqualRights() throws Exception {
        User secondBoss = create("b2", Role.BOSS, null);

        User created = Identities.as(secondBoss.getLogin(), PASSWORD, () -> accounts.create(
                account(uniqueLogin("byb2"), Role.SALES, secondBoss.getId(), PASSWORD, null, null)));
        assertEquals(secondBoss.getId(), asBoss(() -> directory.get(created.getId())).getSuperiorId());

        asBoss(() -> accounts.update(current(created.getId(), Role.SALES, bossId())));
        asBoss(() -> accounts.update(current(secondBoss.getId(), Role.MANAGER, bossId())));
        assertEquals(Role.MANAGER, asBoss(() -> directory.get(secondBoss.getId())).getRole());
    }

    @Test
    @DisplayName("Last enabled Boss cannot demote themselves")
    void lastBossCannotBeDemoted() throws Exception {
        List<Long> otherBosses = enabledBossesExcept(bossId());
        setEnabled(otherBosses, false);
        try {
            AccountError error = errorOf(() -> asBoss(() -> accounts.update(current(bossId(), Role.MANAGER, null))));

            assertEquals(AccountError.LAST_BOSS_DEMOTED, error);
            assertEquals(Role.BOSS, asBoss(() -> directory.get(bossId())).getRole());
        } finally {
            setEnabled(otherBosses, true);
        }
    }

    @Test
    @DisplayName("Boss cannot disable their own account")
    void ownAccountStaysEnabled() throws Exception {
        AccountError error = errorOf(() -> asBoss(() -> accounts.disable(bossId())));

        assertEquals(AccountError.OWN_ACCOUNT_DISABLED, error);
        assertTrue(asBoss(() -> directory.get(bossId())).isEnabled());
    }

    @Test
    @DisplayName("Disabled account cannot log in, keeps its records, and can be enabled")
    void disableAndEnable() throws Exception {
        User sales = create("dis", Role.SALES, bossId());
        long customer = insertCustomer(sales.getId(), sales.getLogin() + "-c1");
        assertTrue(canLogIn(sales.getLogin(), PASSWORD), "enabled account logs in");

        asBoss(() -> accounts.disable(sales.getId()));

        assertFalse(canLogIn(sales.getLogin(), PASSWORD), "disabled account logs in");
        CustomerFilter owned = new CustomerFilter(null, sales.getLogin(), null, null, null, sales.getId());
        assertEquals(1, asBoss(() -> customers.count(owned)));
        assertEquals(customer, asBoss(() -> customers.getVisible(customer)).getId());
        assertFalse(asBoss(() -> directory.get(sales.getId())).isEnabled());

        asBoss(() -> accounts.enable(sales.getId()));

        assertTrue(canLogIn(sales.getLogin(), PASSWORD), "enabled again account logs in");
        assertEquals(List.of("true>false", "false>true"), enabledChanges(sales.getId()));
    }

    @Test
    @DisplayName("Seat count limits create and enable")
    void seatCountLimitsEnabledAccounts() throws Exception {
        long enabled = enabledAccounts();
        String configured = System.getProperty("crm.seats");
        System.setProperty("crm.seats", String.valueOf(enabled + 1));
        try {
            User first = create("seat1", Role.SALES, bossId());
            InvalidAccountException full = assertThrows(InvalidAccountException.class,
                    () -> create("seat2", Role.SALES, bossId()));
            assertEquals(AccountError.SEATS_EXHAUSTED, full.getError());
            assertArrayEquals(new Object[] {(int) enabled + 1, enabled + 1}, full.getArguments());

            asBoss(() -> accounts.disable(first.getId()));
            User second = create("seat2", Role.SALES, bossId());
            AccountError enableError = errorOf(() -> asBoss(() -> accounts.enable(first.getId())));

            assertTrue(second.isEnabled());
            assertEquals(AccountError.SEATS_EXHAUSTED, enableError);
            assertFalse(asBoss(() -> directory.get(first.getId())).isEnabled());
        } finally {
            if (configured == null) {
                System.clearProperty("crm.seats");
            } else {
                System.setProperty("crm.seats", configured);
            }
        }
    }

    @Test
    @DisplayName("Manager and salesperson are denied every admin method")
    void nonBossDenied() throws Exception {
        User manager = create("dnm", Role.MANAGER, bossId());
        User sales = create("dns", Role.SALES, manager.getId());
        NewAccount account = account(uniqueLogin("dnx"), Role.SALES, manager.getId(), PASSWORD, null, null);
        Map<String, Executable> adminMethods = new TreeMap<>(Map.ofEntries(
                Map.entry("create", () -> accounts.create(account)),
                Map.entry("update", () -> accounts.update(edit(sales.getId(), 0, "x", Role.SALES, manager.getId()))),
                Map.entry("disable", () -> accounts.disable(sales.getId())),
                Map.entry("enable", () -> accounts.enable(sales.getId())),
                Map.entry("resetPassword", () -> passwords.reset(sales.getId(), "reset-by-manager")),
                Map.entry("count", () -> directory.count(null)),
                Map.entry("findPage", () -> directory.findPage(null, null, true, 0, 10)),
                Map.entry("get", () -> directory.get(sales.getId())),
                Map.entry("superiorChoices", () -> directory.superiorChoices(Role.SALES, null)),
                Map.entry("superiors", () -> directory.superiors()),
                Map.entry("orgChart", () -> directory.orgChart())));

        for (User caller : List.of(manager, sales)) {
            Identities.as(caller.getLogin(), PASSWORD, () -> adminMethods.forEach((name, method) ->
                    assertThrows(EJBAccessException.class, method, caller.getRole() + " " + name)));
        }
        assertFalse(asBoss(() -> accounts.findByLogin(account.login()).isPresent()));
        assertTrue(asBoss(() -> directory.get(sales.getId())).isEnabled());
    }

    @Test
    @DisplayName("List filters, sorts and pages in the database")
    void listQueries() throws Exception {
        String prefix = uniqueLogin("lst");
        User manager = asBoss(() -> accounts.create(account(prefix + "-a", Role.MANAGER, bossId(), PASSWORD,
                "138 1111 0001", "a@example.com")));
        asBoss(() -> accounts.create(account(prefix + "-b", Role.SALES, manager.getId(), PASSWORD,
                "138 1111 0002", null)));
        User third = asBoss(() -> accounts.create(account(prefix + "-c", Role.SALES, manager.getId(), PASSWORD,
                null, "c@example.com")));
        asBoss(() -> accounts.disable(third.getId()));
        AccountFilter byPrefix = AccountFilter.none().withLogin(prefix);

        assertEquals(3, asBoss(() -> directory.count(byPrefix)));
        assertEquals(List.of(prefix + "-c", prefix + "-b", prefix + "-a"), logins(byPrefix,
                AccountSortField.LOGIN, false, 0, 10));
        assertEquals(List.of(prefix + "-b"), logins(byPrefix, AccountSortField.LOGIN, true, 1, 1));
        assertEquals(List.of(prefix + "-b", prefix + "-c"), logins(new AccountFilter(prefix,
                null, null, manager.getId(), null, null, null), AccountSortField.LOGIN, true, 0, 10));
        assertEquals(List.of(prefix + "-b"), logins(new AccountFilter(prefix, null, null, null,
                "1111 0002", null, null), null, true, 0, 10));
        assertEquals(List.of(prefix + "-c"), logins(new AccountFilter(prefix, null, null, null,
                null, null, false), null, true, 0, 10));
        assertEquals(List.of(prefix + "-a"), logins(new AccountFilter(prefix, null,
                Role.MANAGER, null, null, "a@", null), null, true, 0, 10));
    }

    @Test
    @DisplayName("Superior choices fit the role and skip disabled accounts")
    void superiorChoices() throws Exception {
        User manager = create("scm", Role.MANAGER, bossId());
        User disabledManager = create("scd", Role.MANAGER, bossId());
        asBoss(() -> accounts.disable(disabledManager.getId()));

        List<Long> forManager = asBoss(() -> directory.superiorChoices(Role.MANAGER, null)).stream()
                .map(AccountRow::getId).toList();
        List<Long> forSales = asBoss(() -> directory.superiorChoices(Role.SALES, null)).stream()
                .map(AccountRow::getId).toList();
        List<AccountRow> forBoss = asBoss(() -> directory.superiorChoices(Role.BOSS, null));

        assertTrue(forManager.contains(bossId()));
        assertFalse(forManager.contains(manager.getId()));
        assertTrue(forSales.contains(bossId()));
        assertTrue(forSales.contains(manager.getId()));
        assertFalse(forSales.contains(disabledManager.getId()));
        assertTrue(forBoss.isEmpty());
    }

    private <T> T asBoss(Callable<T> work) throws Exception {
        return Identities.as(BOSS, BOSS_PASSWORD, work);
    }

    private User create(String key, Role role, Long superiorId) throws Exception {
        return asBoss(() -> accounts.create(account(uniqueLogin(key), role, superiorId, PASSWORD, null, null)));
    }

    private long bossId() throws Exception {
        return asBoss(() -> accounts.findByLogin(BOSS).orElseThrow().getId());
    }

    /** Returns an edit that keeps the account's name and contact data and sets role and superior. */
    private AccountEdit current(long id, Role role, Long superiorId) throws Exception {
        AccountRow row = asBoss(() -> directory.get(id));
        return new AccountEdit(id, row.getVersion(), row.getDisplayName(), role, superiorId, row.getMobile(),
                row.getEmail());
    }

    private List<String> logins(AccountFilter filter,
                                AccountSortField sort, boolean ascending, int first, int size)
            throws Exception {
        return asBoss(() -> directory.findPage(filter, sort, ascending, first, size)).stream()
                .map(AccountRow::getLogin).toList();
    }

    /** Returns whether the application's security domain accepts the login and password. */
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

    private static NewAccount account(String login, Role role, Long superiorId, String password, String mobile,
                                      String email) {
        return new NewAccount(login, "Name of " + login, role, superiorId, password, mobile, email);
    }

    private static AccountEdit edit(long id, int version, String name, Role role, Long superiorId) {
        return new AccountEdit(id, version, name, role, superiorId, null, null);
    }

    private static String uniqueLogin(String key) {
        return ("adm" + Long.toString(System.nanoTime(), 36) + "-" + key).toLowerCase();
    }

    private String passwordHash(String login) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT password_hash FROM app_user WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), "account " + login);
                return result.getString(1);
            }
        }
    }

    /** Returns the logged fields of one action on an account, by field name, with their new values. */
    private Map<String, String> changes(long userId, String action) throws SQLException {
        Map<String, String> fields = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT field_name, new_value FROM change_log "
                     + "WHERE entity_type = 'User' AND entity_id = ? AND action = ?")) {
            select.setLong(1, userId);
            select.setString(2, action);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    fields.put(result.getString(1), result.getString(2));
                }
            }
        }
        return fields;
    }

    private List<String> changedBy(long userId) throws SQLException {
        return strings("SELECT DISTINCT changed_by FROM change_log WHERE entity_type = 'User' AND entity_id = ?",
                userId);
    }

    private List<String> enabledChanges(long userId) throws SQLException {
        return strings("SELECT CONCAT(old_value, '>', new_value) FROM change_log WHERE entity_type = 'User' "
                + "AND entity_id = ? AND field_name = 'enabled' AND action = 'UPDATE' ORDER BY id", userId);
    }

    private void assertNoSecretLogged(long userId, String... secrets) throws SQLException {
        List<String> values = strings("SELECT CONCAT(COALESCE(field_name, ''), '=', COALESCE(old_value, ''), '>', "
                + "COALESCE(new_value, '')) FROM change_log WHERE entity_type = 'User' AND entity_id = ?", userId);
        assertFalse(values.isEmpty(), "change log rows of account " + userId);
        for (String value : values) {
            for (String secret : secrets) {
                assertFalse(value.contains(secret), "change log row contains a secret: " + value);
            }
        }
    }

    private List<String> strings(String sql, long id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }

    private long enabledAccounts() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM app_user WHERE enabled = TRUE");
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Long> enabledBossesExcept(long bossId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM app_user WHERE role = 'BOSS' AND enabled = TRUE AND id <> ?")) {
            select.setLong(1, bossId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }

    private void setEnabled(List<Long> ids, boolean enabled) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE app_user SET enabled = ? WHERE id = ?")) {
            for (long id : ids) {
                update.setBoolean(1, enabled);
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }

    private long insertCustomer(long ownerId, String code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO customer (customer_code, customer_type, name, owner_id, status, created_at, "
                             + "updated_at, version) VALUES (?, 'ENTERPRISE', ?, ?, 'PROSPECT', CURRENT_TIMESTAMP, "
                             + "CURRENT_TIMESTAMP, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, code);
            insert.setString(2, "Customer " + code);
            insert.setLong(3, ownerId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
