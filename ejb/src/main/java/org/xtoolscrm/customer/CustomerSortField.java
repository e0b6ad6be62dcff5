package org.xtoolscrm.customer;

/**
 * The columns the customer list sorts by, each backed by an index that starts
 * with the column (or with the owner and the column).
 */
public enum CustomerSortField {
    NAME("c.name"),
    CODE("c.code"),
    STATUS("c.status"),
    CITY("c.city"),
    CREATED_AT("c.createdAt"),
    UPDATED_AT("c.updatedAt");

    private final String path;

    CustomerSortField(String path) {
        this.path = path;
    }

    /** Returns the JPQL path of the column, alias {@code c} for the customer. */
    public String path() {
        return path;
    }
}
