package org.xtoolscrm.audit;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of record that go to the recycle bin, with the table that stores them.
 * A kind with a customer column hangs off a customer: deleting the customer moves
 * its live records of that kind to the bin with it, and restoring the customer
 * brings back exactly those.
 *
 * <p>Every table named here has a nullable {@code deletion_id} column that refers to
 * the bin entry holding the row, and every read path filters on
 * {@code deletion_id IS NULL}.
 */
public enum BinRecordType {

    CUSTOMER("customer", null),
    CONTACT("contact", "customer_id"),
    EXPENSE("expense", "customer_id"),
    SCHEDULE("schedule", "customer_id"),
    NOTE("note", "customer_id"),
    /**
     * A file on a customer or on a record of the customer. Its stored file stays on disk
     * while the row is in the bin, so a restore brings the file back. A purge must remove it.
     */
    ATTACHMENT("attachment", "customer_id"),
    TASK("task", "customer_id"),
    ACTIVITY("activity", "customer_id"),
    OPPORTUNITY("opportunity", "customer_id"),
    REQUIREMENT("opportunity_requirement", "customer_id"),
    SOLUTION("opportunity_solution", "customer_id"),
    /** A quote with its lines, which live in their own table and follow the quote's row. */
    QUOTE("opportunity_quote", "customer_id"),
    COMPETITOR("opportunity_competitor", "customer_id"),
    /** A contract with its lines, which live in their own table and follow the contract's row. */
    CONTRACT("contract", "customer_id"),
    PAYMENT_PLAN("payment_plan", "customer_id"),
    PAYMENT("payment_record", "customer_id"),
    COMPLAINT("complaint", "customer_id"),
    SERVICE_RECORD("service_record", "customer_id"),
    /**
     * An invoice of a contract. The payments it covers keep their link to it while it is in
     * the bin, so a restore brings the links back unless a live invoice took the payment since.
     */
    INVOICE("invoice", "customer_id"),
    DELIVERY("delivery", "customer_id");

    private final String table;
    private final String customerColumn;

    BinRecordType(String table, String customerColumn) {
        this.table = table;
        this.customerColumn = customerColumn;
    }

    public String table() {
        return table;
    }

    /** Returns the column that refers to the customer, or null for a record that does not hang off one. */
    public String customerColumn() {
        return customerColumn;
    }

    /** Returns the kinds that hang off a customer. */
    public static List<BinRecordType> customerDependents() {
        return Arrays.stream(values()).filter(type -> type.customerColumn != null).toList();
    }
}
