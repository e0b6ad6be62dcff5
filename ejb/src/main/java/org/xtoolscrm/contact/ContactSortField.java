package org.xtoolscrm.contact;

/** The columns the list of all contacts sorts by, each backed by an index that starts with the column. */
public enum ContactSortField {
    NAME("k.name"),
    CUSTOMER("c.name"),
    TITLE("k.title"),
    MOBILE("k.mobile"),
    EMAIL("k.email"),
    UPDATED_AT("k.updatedAt");

    private final String path;

    ContactSortField(String path) {
        this.path = path;
    }

    /** Returns the JPQL path of the column, alias {@code k} for the contact and {@code c} for its customer. */
    public String path() {
        return path;
    }
}
