package org.xtoolscrm.account;

/**
 * Why an account change was rejected. The web layer shows the text under the bundle key
 * {@code AccountError.<NAME>}, formatted with the exception's arguments, next to the form
 * field that {@link #field()} names.
 */
public enum AccountError {
    /** Argument: the login as entered. */
    LOGIN_INVALID("login"),
    /** Argument: the login as entered. */
    LOGIN_TAKEN("login"),
    NAME_MISSING("displayName"),
    /** Argument: the maximum length. */
    NAME_TOO_LONG("displayName"),
    ROLE_MISSING("role"),
    /** Argument: the number as entered. */
    MOBILE_INVALID("mobile"),
    /** Argument: the address as entered. */
    EMAIL_INVALID("email"),
    /** Argument: the maximum length. */
    EMAIL_TOO_LONG("email"),
    /** Argument: the minimum length. */
    PASSWORD_TOO_SHORT("password"),
    /** Argument: the maximum length in UTF-8 bytes. */
    PASSWORD_TOO_LONG("password"),
    PASSWORD_EQUALS_LOGIN("password"),
    PASSWORD_UNCHANGED("password"),
    PASSWORD_WRONG("oldPassword"),
    SUPERIOR_NOT_ALLOWED("superior"),
    SUPERIOR_MUST_BE_BOSS("superior"),
    SUPERIOR_MUST_BE_MANAGER_OR_BOSS("superior"),
    SUPERIOR_NOT_FOUND("superior"),
    SUPERIOR_IS_SELF("superior"),
    /** Argument: the superior's display name. */
    SUPERIOR_DISABLED("superior"),
    /** Arguments: the number of subordinates in the way, and the requested {@link Role}. */
    SUBORDINATES_BLOCK_ROLE("role"),
    LAST_BOSS_DEMOTED("role"),
    LAST_BOSS_DISABLED(null),
    OWN_ACCOUNT_DISABLED(null),
    /** Arguments: the seat count, and the number of enabled accounts. */
    SEATS_EXHAUSTED(null),
    STALE_EDIT(null);

    private final String field;

    AccountError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault, or null when the error concerns the whole account. */
    public String field() {
        return field;
    }
}
