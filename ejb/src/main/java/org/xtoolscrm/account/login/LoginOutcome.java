package org.xtoolscrm.account.login;

/** The outcome of a login attempt, as the login log stores it. */
public enum LoginOutcome {
    /** The login and password were right and the account is enabled. */
    SUCCESS,
    /** No such login, or the wrong password. */
    BAD_CREDENTIALS,
    /** The account exists but is disabled; the user sees the same message as for bad credentials. */
    DISABLED,
    /** The login name was locked after too many failures, so the password was not checked. */
    LOCKED
}
