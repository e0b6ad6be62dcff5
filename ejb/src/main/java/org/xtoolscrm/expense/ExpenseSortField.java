package org.xtoolscrm.expense;

/**
 * The columns expense lists sort by. Each order ends with the expense id, so paging is
 * stable.
 */
public enum ExpenseSortField {
    DATE("e.expenseDate"),
    AMOUNT("e.amount"),
    STATUS("e.status"),
    CUSTOMER("c.name"),
    FILED_BY("f.displayName"),
    DECIDED_AT("e.decidedAt"),
    CREATED_AT("e.createdAt");

    private final String path;

    ExpenseSortField(String path) {
        this.path = path;
    }

    /** Returns the JPQL path of the column: alias {@code e} for the expense, {@code c} its customer, {@code f} its filer. */
    public String path() {
        return path;
    }
}
