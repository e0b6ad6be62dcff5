package org.xtoolscrm.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.NewAccount;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;

/**
 * A team of accounts with their own customers, created for one test class with a
 * unique prefix so test classes never see each other's data:
 *
 * <pre>
 * boss (the initial Boss of the test server)
 * ├── managerA ── salesA1, salesA2
 * ├── managerB ── salesB1
 * └── salesDirect
 * </pre>
 *
 * Each account owns two customers whose codes start with the prefix.
 */
public final class TestTeam {

    public static final String BOSS = "boss";
    public static final String BOSS_PASSWORD = "boss-secret";
    public static final String PASSWORD = "team-secret";

    public final String prefix;
    public final Map<String, User> users = new LinkedHashMap<>();
    /** Customer ids by owner key (such as "salesA1"). */
    public final Map<String, long[]> customers = new LinkedHashMap<>();

    private TestTeam(String prefix) {
        this.prefix = prefix;
    }

    /** Creates the accounts as the Boss, then two customers each through JDBC. */
    public static TestTeam create(String prefix, AccountService accounts, DataSource dataSource) throws Exception {
        TestTeam team = new TestTeam(prefix);
        Identities.as(BOSS, BOSS_PASSWORD, () -> {
            User boss = accounts.findByLogin(BOSS).orElseThrow();
            team.users.put("boss", boss);
            User managerA = team.add(accounts, "managerA", Role.MANAGER, boss);
            User managerB = team.add(accounts, "managerB", Role.MANAGER, boss);
            team.add(accounts, "salesA1", Role.SALES, managerA);
            team.add(accounts, "salesA2", Role.SALES, managerA);
            team.add(accounts, "salesB1", Role.SALES, managerB);
            team.add(accounts, "salesDirect", Role.SALES, boss);
            return null;
        });

        for (Map.Entry<String, User> entry : team.users.entrySet()) {
            long first = insertCustomer(dataSource, prefix + "-" + entry.getKey() + "-1",
                    "客户 " + prefix + " " + entry.getKey() + " 一", entry.getValue().getId());
            long second = insertCustomer(dataSource, prefix + "-" + entry.getKey() + "-2",
                    "Customer " + prefix + " " + entry.getKey() + " two", entry.getValue().getId());
            team.customers.put(entry.getKey(), new long[] {first, second});
        }
        return team;
    }

    public String login(String key) {
        return key.equals("boss") ? BOSS : users.get(key).getLogin();
    }

    public String password(String key) {
        return key.equals("boss") ? BOSS_PASSWORD : PASSWORD;
    }

    private User add(AccountService accounts, String key, Role role, User superior) {
        String login = (prefix + "-" + key).toLowerCase();
        User user = accounts.create(new NewAccount(login, key + " " + prefix, role, superior.getId(),
                PASSWORD, null, null));
        users.put(key, user);
        return user;
    }

    /** Inserts one more customer for the owner with the given key and returns its id. */
    public long addCustomer(DataSource dataSource, String ownerKey, String code, String name) throws SQLException {
        return insertCustomer(dataSource, code, name, users.get(ownerKey).getId());
    }

    private static long insertCustomer(DataSource dataSource, String code, String name, long ownerId)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO customer (customer_code, customer_type, name, owner_id, status, created_at, "
                             + "updated_at, version) VALUES (?, 'ENTERPRISE', ?, ?, 'PROSPECT', ?, ?, 0)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setLong(3, ownerId);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
