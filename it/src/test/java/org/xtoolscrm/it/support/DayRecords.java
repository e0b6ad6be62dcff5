package org.xtoolscrm.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Inserts records of the kinds the daily report counts, each at a chosen time on the
 * company's clock, through JDBC, so a test builds a day by hand. Times are given as the
 * company's local time and stored as the UTC wall-clock time the application stores.
 */
public final class DayRecords {

    private static final LocalDateTime LONG_AGO = LocalDateTime.of(2010, 1, 4, 9, 0);

    private final DataSource dataSource;
    private final ZoneId zone;
    private int sequence;

    public DayRecords(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /** Returns the UTC wall-clock time of a time on the company's clock. */
    public LocalDateTime utc(LocalDateTime companyTime) {
        return LocalDateTime.ofInstant(companyTime.atZone(zone).toInstant(), ZoneOffset.UTC);
    }

    public long customer(long ownerId, String name, LocalDateTime createdAt) throws SQLException {
        return insert("INSERT INTO customer (customer_type, name, owner_id, status, created_at, updated_at, version) "
                + "VALUES ('ENTERPRISE', ?, ?, 'PROSPECT', ?, ?, 0)", name, ownerId, utc(createdAt), utc(createdAt));
    }

    /** Moves a record of the table to the recycle bin entry with the given id. */
    public void delete(String table, long id) throws SQLException {
        update("UPDATE " + table + " SET deletion_id = ? WHERE id = ?", 900_000_000L + id, id);
    }

    public long contact(long customerId, String createdBy, LocalDateTime createdAt) throws SQLException {
        return insert("INSERT INTO contact (customer_id, name, created_at, updated_at, created_by, version) "
                + "VALUES (?, ?, ?, ?, ?, 0)", customerId, "Contact " + next(), utc(createdAt), utc(createdAt), createdBy);
    }

    public long activity(long customerId, long ownerId, String type, LocalDateTime time) throws SQLException {
        return insert("INSERT INTO activity (customer_id, activity_type, activity_time, content, owner_id, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", customerId, type, utc(time),
                type + " " + next(), ownerId, utc(time), utc(time));
    }

    public long schedule(long ownerId, LocalDateTime start, boolean done) throws SQLException {
        return insert("INSERT INTO schedule (owner_id, start_at, end_at, schedule_type, subject, done, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, 'MEETING', ?, ?, ?, ?, 0)", ownerId, utc(start),
                utc(start.plusHours(1)), "Schedule " + next(), done, utc(LONG_AGO), utc(LONG_AGO));
    }

    public long completedTask(long ownerId, LocalDateTime doneAt) throws SQLException {
        return insert("INSERT INTO task (subject, priority, owner_id, done, done_at, created_at, updated_at, version) "
                + "VALUES (?, 'NORMAL', ?, TRUE, ?, ?, ?, 0)", "Task " + next(), ownerId, utc(doneAt), utc(LONG_AGO),
                utc(doneAt));
    }

    /** Inserts an open deal in the stage, created at the time. */
    public long openDeal(long customerId, long ownerId, String stage, LocalDateTime createdAt) throws SQLException {
        return deal(customerId, ownerId, stage, "OPEN", null, "1000.00", "CNY", createdAt);
    }

    /** Inserts a deal won or lost on the date, created long before. */
    public long closedDeal(long customerId, long ownerId, boolean won, LocalDate closedOn, String amount)
            throws SQLException {
        return deal(customerId, ownerId, won ? "WON" : "LOST", won ? "WON" : "LOST", closedOn, amount, "CNY", LONG_AGO);
    }

    private long deal(long customerId, long ownerId, String stage, String outcome, LocalDate closedOn, String amount,
                      String currency, LocalDateTime createdAt) throws SQLException {
        return insert("INSERT INTO opportunity (customer_id, name, amount, currency, expected_sign_date, stage, outcome, "
                + "stage_since, closed_on, owner_id, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", customerId, "Deal " + next(), new BigDecimal(amount),
                currency, Date.valueOf(createdAt.toLocalDate().plusMonths(2)), stage, outcome, utc(createdAt),
                closedOn == null ? null : Date.valueOf(closedOn), ownerId, utc(createdAt), utc(createdAt));
    }

    public long stageChange(long dealId, String from, String to, long changedById, LocalDateTime at)
            throws SQLException {
        return insert("INSERT INTO opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_at, "
                + "changed_by_id) VALUES (?, ?, ?, ?, ?)", dealId, from, to, utc(at), changedById);
    }

    public long contract(long customerId, long ownerId, LocalDate signedOn, String amount, String currency,
                         String status) throws SQLException {
        return insert("INSERT INTO contract (contract_number, customer_id, title, signed_on, amount, currency, status, "
                + "owner_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                "DR-" + System.nanoTime() + "-" + next(), customerId, "Contract " + sequence, Date.valueOf(signedOn),
                new BigDecimal(amount), currency, status, ownerId, utc(LONG_AGO), utc(LONG_AGO));
    }

    public long payment(long contractId, long customerId, LocalDate receivedOn, String amount, long handlerId)
            throws SQLException {
        return insert("INSERT INTO payment_record (contract_id, customer_id, received_on, amount, method, "
                + "handled_by_id, created_by_id, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, 'BANK_TRANSFER', ?, ?, ?, ?, 0)", contractId, customerId,
                Date.valueOf(receivedOn), new BigDecimal(amount), handlerId, handlerId, utc(LONG_AGO), utc(LONG_AGO));
    }

    public long expense(long customerId, long filerId, LocalDateTime createdAt, String amount) throws SQLException {
        return insert("INSERT INTO expense (customer_id, filed_by_id, expense_date, expense_type, amount, currency, "
                + "status, created_at, updated_at, version) VALUES (?, ?, ?, 'MEALS', ?, 'CNY', 'SUBMITTED', ?, ?, 0)",
                customerId, filerId, Date.valueOf(createdAt.toLocalDate()), new BigDecimal(amount), utc(createdAt),
                utc(createdAt));
    }

    public long login(String login, String outcome, LocalDateTime at) throws SQLException {
        return insert("INSERT INTO login_log (login, ip_address, outcome, attempted_at) VALUES (?, '127.0.0.1', ?, ?)",
                login, outcome, utc(at));
    }

    /** Writes one change-log row by the login: a record's creation, or one field of an edit. */
    public long change(String login, String entityType, long entityId, String action, LocalDateTime at)
            throws SQLException {
        return insert("INSERT INTO change_log (entity_type, entity_id, action, field_name, changed_by, changed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", entityType, entityId, action, "field" + next(), login, utc(at));
    }

    private int next() {
        return ++sequence;
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, values);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
