package org.xtoolscrm.it.client;

import org.xtoolscrm.company.CompanyCalendar;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.xtoolscrm.account.PasswordHasher;

/**
 * Direct JDBC access to the test database for tests that act as a client: seeds
 * accounts and customers, and reads back what the application wrote.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("crm.test.db.url"),
                System.getProperty("crm.test.db.user"), System.getProperty("crm.test.db.password"));
    }

    public static long userId(Connection connection, String login) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM app_user WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No account " + login);
                }
                return result.getLong(1);
            }
        }
    }

    public static long ownerOf(Connection connection, String customerCode) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owner_id FROM customer WHERE customer_code = ?")) {
            select.setString(1, customerCode);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No customer " + customerCode);
                }
                return result.getLong(1);
            }
        }
    }

    public static long insertUser(Connection connection, String login, String name, String role, long superiorId,
                                  String password) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO app_user (login, display_name, password_hash, role, superior_id, enabled, created_at, "
                        + "updated_at, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, login);
            insert.setString(2, name);
            insert.setString(3, PasswordHasher.hash(password));
            insert.setString(4, role);
            insert.setLong(5, superiorId);
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    public static void setEnabled(Connection connection, String login, boolean enabled) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE app_user SET enabled = ?, version = version + 1 WHERE login = ?")) {
            update.setBoolean(1, enabled);
            update.setString(2, login);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No account " + login);
            }
        }
    }

    public static long insertCustomer(Connection connection, String code, String name, long ownerId)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer (customer_code, customer_type, name, owner_id, status, created_at, updated_at, "
                        + "version) VALUES (?, 'ENTERPRISE', ?, ?, 'PROSPECT', ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setLong(3, ownerId);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /** Inserts a live contact of the customer, as the contacts tab stores it, and returns its id. */
    public static long insertContact(Connection connection, long customerId, String name, String title,
                                     boolean mainContact) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO contact (customer_id, name, title, main_contact, created_at, updated_at, created_by, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, 'test', 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, customerId);
            insert.setString(2, name);
            insert.setString(3, title);
            insert.setBoolean(4, mainContact);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /**
     * Inserts an open deal in the first stage, expected to sign today, with the first entry of
     * its stage history, and returns its id.
     */
    public static long insertDeal(Connection connection, long customerId, long ownerId, String name, String amount)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO opportunity (customer_id, name, amount, currency, expected_sign_date, stage, outcome, "
                        + "stage_since, owner_id, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, 'CNY', ?, 'INITIAL_CONTACT', 'OPEN', ?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, customerId);
            insert.setString(2, name);
            insert.setBigDecimal(3, new BigDecimal(amount));
            insert.setDate(4, Date.valueOf(CompanyCalendar.current().today()));
            insert.setTimestamp(5, now);
            insert.setLong(6, ownerId);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
            id = generatedKey(insert);
        }
        try (PreparedStatement history = connection.prepareStatement(
                "INSERT INTO opportunity_stage_change (opportunity_id, to_stage, changed_at, changed_by_id) "
                        + "VALUES (?, 'INITIAL_CONTACT', ?, ?)")) {
            history.setLong(1, id);
            history.setTimestamp(2, now);
            history.setLong(3, ownerId);
            history.executeUpdate();
        }
        return id;
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
