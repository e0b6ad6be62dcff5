package org.xtoolscrm.account.login;

/** The columns the login log can be sorted by, with their JPQL paths. */
public enum LoginLogSortField {
    ATTEMPTED_AT("e.attemptedAt"),
    LOGIN("e.login"),
    IP_ADDRESS("e.ipAddress"),
    OUTCOME("e.outcome");

    private final String path;

    LoginLogSortField(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
