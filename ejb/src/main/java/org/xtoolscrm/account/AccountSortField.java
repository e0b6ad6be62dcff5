package org.xtoolscrm.account;

/** The columns the account list sorts by. */
public enum AccountSortField {
    LOGIN("u.login"),
    NAME("u.displayName"),
    ROLE("u.role"),
    SUPERIOR("s.displayName"),
    MOBILE("u.mobile"),
    EMAIL("u.email"),
    ENABLED("u.enabled");

    private final String path;

    AccountSortField(String path) {
        this.path = path;
    }

    /** Returns the JPQL path of the column: alias {@code u} for the account, {@code s} for its superior. */
    public String path() {
        return path;
    }
}
