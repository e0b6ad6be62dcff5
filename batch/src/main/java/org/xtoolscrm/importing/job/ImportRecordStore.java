package org.xtoolscrm.importing.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.xtoolscrm.importing.ImportProblem;
import org.xtoolscrm.importing.file.ImportedCustomer;

/**
 * The JDBC side of the import job: the customer_import record, its problem rows and
 * the batched customer inserts. Job artifacts run without an application user (a
 * job started from the CLI has none), so they use the datasource, not the EJBs.
 * Inside a chunk every call joins the chunk's transaction.
 */
@Dependent
class ImportRecordStore {

    private static final int VALUE_MAX = 500;
    private static final int MESSAGE_MAX = 1000;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    /** Returns the id of the enabled account with the login, if there is one. */
    Optional<Long> enabledUserId(String login) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM app_user WHERE login = ? AND enabled = TRUE")) {
            select.setString(1, login);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Creates the record of a job instance; a restarted instance keeps its record. */
    void createIfAbsent(long instanceId, ImportParameters parameters, Long ownerId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM customer_import WHERE job_instance_id = ?")) {
                select.setLong(1, instanceId);
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO customer_import (job_instance_id, file_name, file_path, owner_login, "
                            + "owner_id, started_by, started_at, delete_file_when_done) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, instanceId);
                insert.setString(2, truncate(orDash(parameters.fileName()), 255));
                insert.setString(3, truncate(orDash(parameters.file()), 1000));
                insert.setString(4, truncate(orDash(parameters.owner()), 64));
                setLongOrNull(insert, 5, ownerId);
                insert.setString(6, truncate(parameters.startedBy(), 64));
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.setBoolean(8, parameters.deleteFileWhenDone());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Records the execution that runs now with its owner and file, which a restart
     * may have changed, and clears the failure of an earlier execution.
     */
    void setRunning(long instanceId, long executionId, ImportParameters parameters, Long ownerId)
            throws SQLException {
        update("UPDATE customer_import SET last_execution_id = ?, owner_login = ?, owner_id = ?, file_path = ?, "
                        + "failure_message = NULL WHERE job_instance_id = ?",
                executionId, truncate(orDash(parameters.owner()), 64), ownerId,
                truncate(orDash(parameters.file()), 1000), instanceId);
    }

    void setCharset(long instanceId, String charsetName) throws SQLException {
        update("UPDATE customer_import SET charset_name = ? WHERE job_instance_id = ?",
                charsetName, instanceId);
    }

    void setFailure(long instanceId, String message) throws SQLException {
        update("UPDATE customer_import SET failure_message = ? WHERE job_instance_id = ?",
                truncate(message, MESSAGE_MAX), instanceId);
    }

    /** Records the SHA-256 of the file of an import that passed its preparation. */
    void setFileHash(long instanceId, String sha256) throws SQLException {
        update("UPDATE customer_import SET file_sha256 = ? WHERE job_instance_id = ?", sha256, instanceId);
    }

    /**
     * Returns the imports other than {@code ownInstanceId} that passed their preparation with
     * the same file content or one of the paths, newest first.
     */
    List<AcceptedImport> acceptedImports(String sha256, Collection<String> paths, long ownInstanceId)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT job_instance_id, last_execution_id, file_name, started_by "
                + "FROM customer_import WHERE file_sha256 IS NOT NULL AND last_execution_id IS NOT NULL "
                + "AND job_instance_id <> ? AND (file_sha256 = ?");
        if (!paths.isEmpty()) {
            sql.append(" OR file_path IN (").append(String.join(",", Collections.nCopies(paths.size(), "?")))
                    .append(')');
        }
        sql.append(") ORDER BY job_instance_id DESC");

        List<AcceptedImport> accepted = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int index = 1;
            select.setLong(index++, ownInstanceId);
            select.setString(index++, sha256);
            for (String path : paths) {
                select.setString(index++, path);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    accepted.add(new AcceptedImport(result.getLong(1), result.getLong(2), result.getString(3),
                            result.getString(4)));
                }
            }
        }
        return accepted;
    }

    /** An import that passed its preparation, with the execution that ran last. */
    record AcceptedImport(long jobInstanceId, long lastExecutionId, String fileName, String startedBy) {
    }

    void markFileDeleted(long instanceId) throws SQLException {
        update("UPDATE customer_import SET file_deleted = TRUE WHERE job_instance_id = ?", instanceId);
    }

    Optional<Long> ownerId(long instanceId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT owner_id FROM customer_import WHERE job_instance_id = ?")) {
            select.setLong(1, instanceId);
            try (ResultSet result = select.executeQuery()) {
                if (result.next()) {
                    long id = result.getLong(1);
                    return result.wasNull() ? Optional.empty() : Optional.of(id);
                }
                return Optional.empty();
            }
        }
    }

    void addProblem(long instanceId, long executionId, long row, ImportProblem.Kind kind,
                    String column, String value, String reason) throws SQLException {
        String counter = kind == ImportProblem.Kind.DUPLICATE ? "duplicate_count" : "rejected_count";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO import_problem (job_instance_id, job_execution_id, file_row, "
                             + "problem_kind, column_name, cell_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement count = connection.prepareStatement(
                     "UPDATE customer_import SET " + counter + " = " + counter + " + 1 "
                             + "WHERE job_instance_id = ?")) {
            insert.setLong(1, instanceId);
            insert.setLong(2, executionId);
            insert.setLong(3, row);
            insert.setString(4, kind.name());
            insert.setString(5, truncate(column, 100));
            insert.setString(6, truncate(value, VALUE_MAX));
            insert.setString(7, truncate(reason, VALUE_MAX));
            insert.executeUpdate();

            count.setLong(1, instanceId);
            count.executeUpdate();
        }
    }

    /**
     * Returns which of the codes already belong to a customer, in lower case: the
     * column's collation compares codes without regard to case.
     */
    Set<String> existingCodes(Collection<String> codes) throws SQLException {
        Set<String> existing = new HashSet<>();
        if (codes.isEmpty()) {
            return existing;
        }
        String marks = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT customer_code FROM customer WHERE customer_code IN (" + marks + ")")) {
            int index = 1;
            for (String code : codes) {
                select.setString(index++, code);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    existing.add(codeKey(result.getString(1)));
                }
            }
        }
        return existing;
    }

    /**
     * Inserts the customers in one JDBC batch, writes one change log row for each
     * (who imported it from which file and row), and adds them to the import's count.
     */
    void insertCustomers(List<ImportedCustomer> customers, long ownerId, long instanceId,
                         ImportParameters parameters) throws SQLException {
        if (customers.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO customer (customer_code, customer_type, name, contact_name, owner_id, "
                             + "status, industry, region, country, province, city, address, phone, phone2, "
                             + "email, website, import_instance_id, created_at, updated_at, version) "
                             + "VALUES (?, ?, ?, ?, ?, 'PROSPECT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement log = connection.prepareStatement(
                     "INSERT INTO change_log (entity_type, entity_id, action, field_name, new_value, changed_by, "
                             + "changed_at) VALUES ('Customer', ?, 'CREATE', 'import', ?, ?, ?)");
             PreparedStatement count = connection.prepareStatement(
                     "UPDATE customer_import SET imported_count = imported_count + ? "
                             + "WHERE job_instance_id = ?")) {
            for (ImportedCustomer customer : customers) {
                bindCustomer(insert, customer, ownerId, instanceId, now);
                insert.addBatch();
            }
            insert.executeBatch();

            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (ImportedCustomer customer : customers) {
                    keys.next();
                    log.setLong(1, keys.getLong(1));
                    log.setString(2, truncate("Import " + instanceId + " of " + parameters.fileName() + ", row "
                            + customer.rowNumber(), MESSAGE_MAX));
                    log.setString(3, truncate(parameters.startedBy(), 64));
                    log.setTimestamp(4, now);
                    log.addBatch();
                }
            }
            log.executeBatch();

            count.setInt(1, customers.size());
            count.setLong(2, instanceId);
            count.executeUpdate();
        }
    }

    private static void bindCustomer(PreparedStatement insert, ImportedCustomer customer, long ownerId,
                                     long instanceId, Timestamp now) throws SQLException {
        insert.setString(1, customer.code());
        insert.setString(2, customer.type().name());
        insert.setString(3, customer.name());
        insert.setString(4, customer.contactName());
        insert.setLong(5, ownerId);
        insert.setString(6, customer.industry());
        insert.setString(7, customer.region());
        insert.setString(8, customer.country());
        insert.setString(9, customer.province());
        insert.setString(10, customer.city());
        insert.setString(11, customer.address());
        insert.setString(12, customer.phone());
        insert.setString(13, customer.phone2());
        insert.setString(14, customer.email());
        insert.setString(15, customer.website());
        insert.setLong(16, instanceId);
        insert.setTimestamp(17, now);
        insert.setTimestamp(18, now);
    }

    /** Returns the key under which two customer codes count as the same. */
    static String codeKey(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        }
    }

    private static void setLongOrNull(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
