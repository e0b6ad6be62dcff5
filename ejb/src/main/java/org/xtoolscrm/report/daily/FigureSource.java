package org.xtoolscrm.report.daily;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The sources of the daily report's figures: the records each figure counts, as one SQL
 * {@code FROM ... WHERE ...} with three parameters, the user (id or login), then the start
 * and the end of the period. The job counts through these conditions and the report lists
 * the records behind a figure through the same ones, so a figure and its records agree.
 * <p>
 * Periods are days in the company's time zone. Instants compare with the period's UTC
 * window, start included and end excluded; dates compare with its first and last day,
 * both included. Records in the recycle bin never count.
 */
public enum FigureSource {

    /** Customers the user owns that were created in the period. */
    CUSTOMERS(UserKey.ID, true, "FROM customer x WHERE x.owner_id = ? AND x.deletion_id IS NULL "
            + "AND x.created_at >= ? AND x.created_at < ?",
            "x.id", "x.name", "x.created_at", "x.id", null, null),
    /** Contacts the user created in the period. */
    CONTACTS(UserKey.LOGIN, true, "FROM contact x WHERE x.created_by = ? AND x.created_at >= ? "
            + "AND x.created_at < ? AND x.deletion_id IS NULL",
            "x.id", "x.name", "x.created_at", "x.customer_id", null, null),
    /** The user's activities dated in the period. */
    ACTIVITIES(UserKey.ID, true, "FROM activity x WHERE x.owner_id = ? AND x.activity_time >= ? "
            + "AND x.activity_time < ? AND x.deletion_id IS NULL",
            "x.id", "x.content", "x.activity_time", "x.customer_id", null, null),
    /** Schedules on the user's calendar in the period that are marked done. */
    SCHEDULES_DONE(UserKey.ID, true, "FROM schedule x WHERE x.owner_id = ? AND x.deletion_id IS NULL "
            + "AND x.start_at >= ? AND x.start_at < ? AND x.done = TRUE",
            "x.id", "x.subject", "x.start_at", "x.customer_id", null, null),
    /** Tasks of the user completed in the period. */
    TASKS_COMPLETED(UserKey.ID, true, "FROM task x WHERE x.owner_id = ? AND x.done_at >= ? AND x.done_at < ? "
            + "AND x.done = TRUE AND x.deletion_id IS NULL",
            "x.id", "x.subject", "x.done_at", "x.customer_id", null, null),
    /** Opportunities the user owns that were created in the period. */
    OPPORTUNITIES(UserKey.ID, true, "FROM opportunity x WHERE x.owner_id = ? AND x.created_at >= ? "
            + "AND x.created_at < ? AND x.deletion_id IS NULL",
            "x.id", "x.name", "x.created_at", "x.customer_id", null, null),
    /**
     * Stage changes the user made in the period to a stage further down the stage list, a
     * move to a lost stage not counted.
     */
    STAGE_ADVANCES(UserKey.ID, true, "FROM opportunity_stage_change c "
            + "JOIN opportunity x ON x.id = c.opportunity_id "
            + "JOIN dictionary_option f ON f.list_code = 'OPPORTUNITY_STAGE' AND f.option_code = c.from_stage "
            + "JOIN dictionary_option t ON t.list_code = 'OPPORTUNITY_STAGE' AND t.option_code = c.to_stage "
            + "WHERE c.changed_by_id = ? AND c.changed_at >= ? AND c.changed_at < ? AND x.deletion_id IS NULL "
            + "AND (t.sort_order > f.sort_order OR (t.sort_order = f.sort_order AND t.id > f.id)) "
            + "AND (t.stage_outcome IS NULL OR t.stage_outcome <> 'LOST')",
            "x.id", "x.name", "c.changed_at", "x.customer_id", null, null),
    /** The user's deals won on a day of the period. */
    WON_DEALS(UserKey.ID, false, "FROM opportunity x WHERE x.owner_id = ? AND x.deletion_id IS NULL "
            + "AND x.outcome = 'WON' AND x.closed_on BETWEEN ? AND ?",
            "x.id", "x.name", "x.closed_on", "x.customer_id", "x.currency", "x.amount"),
    /** The user's deals lost on a day of the period. */
    LOST_DEALS(UserKey.ID, false, "FROM opportunity x WHERE x.owner_id = ? AND x.deletion_id IS NULL "
            + "AND x.outcome = 'LOST' AND x.closed_on BETWEEN ? AND ?",
            "x.id", "x.name", "x.closed_on", "x.customer_id", "x.currency", "x.amount"),
    /** The user's contracts signed on a day of the period, drafts not counted. */
    CONTRACTS(UserKey.ID, false, "FROM contract x WHERE x.owner_id = ? AND x.deletion_id IS NULL "
            + "AND x.signed_on BETWEEN ? AND ? AND x.status <> 'DRAFT'",
            "x.id", "x.contract_number", "x.signed_on", "x.customer_id", "x.currency", "x.amount"),
    /** Payments the user handled that were received on a day of the period, in the contract's currency. */
    PAYMENTS(UserKey.ID, false, "FROM payment_record r JOIN contract x ON x.id = r.contract_id "
            + "WHERE r.handled_by_id = ? AND r.deletion_id IS NULL AND r.received_on BETWEEN ? AND ? "
            + "AND x.deletion_id IS NULL",
            "x.id", "x.contract_number", "r.received_on", "x.customer_id", "x.currency", "r.amount"),
    /** Expenses the user filed in the period. */
    EXPENSES(UserKey.ID, true, "FROM expense x WHERE x.filed_by_id = ? AND x.created_at >= ? "
            + "AND x.created_at < ? AND x.deletion_id IS NULL",
            "x.id", "x.expense_type", "x.created_at", "x.customer_id", "x.currency", "x.amount"),
    /** The user's successful logins in the period. */
    LOGINS(UserKey.LOGIN, true, "FROM login_log x WHERE x.login = ? AND x.outcome = 'SUCCESS' "
            + "AND x.attempted_at >= ? AND x.attempted_at < ?",
            "x.id", "x.ip_address", "x.attempted_at", null, null, null),
    /** Records the user created in the period, each once. */
    RECORDS_CREATED(UserKey.LOGIN, true, "FROM change_log x WHERE x.changed_by = ? AND x.changed_at >= ? "
            + "AND x.changed_at < ? AND x.action = 'CREATE'",
            "x.entity_id", "x.entity_type", "x.changed_at", FigureSource.CHANGED_CUSTOMER, null, null),
    /** Records the user edited in the period, each once however many fields or times. */
    RECORDS_EDITED(UserKey.LOGIN, true, "FROM change_log x WHERE x.changed_by = ? AND x.changed_at >= ? "
            + "AND x.changed_at < ? AND x.action = 'UPDATE'",
            "x.entity_id", "x.entity_type", "x.changed_at", FigureSource.CHANGED_CUSTOMER, null, null);

    /** The customer a change-log row is about, when the changed record is a customer. */
    private static final String CHANGED_CUSTOMER = "CASE WHEN x.entity_type = 'Customer' THEN x.entity_id END";

    /** The column that identifies the user in a source's condition: the id or the login. */
    public enum UserKey {
        ID,
        LOGIN
    }

    private final UserKey userKey;
    private final boolean instants;
    private final String fromWhere;
    private final String id;
    private final String label;
    private final String when;
    private final String customerId;
    private final String currency;
    private final String amount;

    FigureSource(UserKey userKey, boolean instants, String fromWhere, String id, String label, String when,
                 String customerId, String currency, String amount) {
        this.userKey = userKey;
        this.instants = instants;
        this.fromWhere = fromWhere;
        this.id = id;
        this.label = label;
        this.when = when;
        this.customerId = customerId;
        this.currency = currency;
        this.amount = amount;
    }

    /**
     * Returns whether the user column is the owner of the records, so the records are in
     * the scope of every caller who may see the user's figures. Contacts, stage changes, payments,
     * expenses and changes the user made may sit on someone else's customer.
     */
    public boolean ownedByUser() {
        return switch (this) {
            case CONTACTS, STAGE_ADVANCES, PAYMENTS, EXPENSES, RECORDS_CREATED, RECORDS_EDITED -> false;
            default -> true;
        };
    }

    /** Returns whether the records come with amounts, in a currency per record. */
    public boolean hasAmounts() {
        return amount != null;
    }

    /** Returns whether each record counts once however many rows the source holds for it. */
    private boolean countsDistinctRecords() {
        return this == RECORDS_CREATED || this == RECORDS_EDITED;
    }

    /** Returns the query of the count: one row, one column. */
    public String countSql() {
        if (countsDistinctRecords()) {
            return "SELECT COUNT(*) FROM (SELECT DISTINCT x.entity_type, x.entity_id " + fromWhere + ") d";
        }
        return "SELECT COUNT(*) " + fromWhere;
    }

    /** Returns the query of the count and amount by currency: currency, count, sum. */
    public String moneySql() {
        return "SELECT " + currency + ", COUNT(*), SUM(" + amount + ") " + fromWhere + " GROUP BY " + currency;
    }

    /** Returns the query of the activities by type: type, count. Only for {@link #ACTIVITIES}. */
    public String byTypeSql() {
        return "SELECT x.activity_type, COUNT(*) " + fromWhere + " GROUP BY x.activity_type";
    }

    /**
     * Returns the query of one page of the records, newest first, with two more parameters,
     * the page size and the offset: id, label, time or date, customer id, currency, amount.
     * A source without customers, currencies or amounts gives NULL in those columns.
     */
    public String listSql() {
        String columns = String.join(", ", id, label, countsDistinctRecords() ? "MAX(" + when + ")" : when,
                orNull(customerId), orNull(currency), orNull(amount));
        String group = countsDistinctRecords() ? " GROUP BY x.entity_type, x.entity_id" : "";
        String order = countsDistinctRecords() ? "MAX(" + when + ") DESC" : when + " DESC";
        return "SELECT " + columns + " " + fromWhere + group + " ORDER BY " + order + ", " + id + " DESC"
                + " LIMIT ? OFFSET ?";
    }

    /**
     * Binds the user and the period, the first three parameters of every query of the source.
     *
     * @return the index of the next parameter
     */
    public int bind(PreparedStatement statement, long userId, String login, DayWindow window) throws SQLException {
        statement.setObject(1, userKey == UserKey.ID ? (Object) userId : login);
        if (instants) {
            statement.setObject(2, window.fromUtc());
            statement.setObject(3, window.untilUtc());
        } else {
            statement.setDate(2, Date.valueOf(window.first()));
            statement.setDate(3, Date.valueOf(window.last()));
        }
        return 4;
    }

    private static String orNull(String column) {
        return column == null ? "NULL" : column;
    }
}
