package org.xtoolscrm.account;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * Raised when an account change breaks a rule. It carries the {@link AccountError} and its
 * message arguments rather than a text, so the web layer shows the message in the user's
 * language. The exception message is for logs only: the error name and the arguments,
 * which never include a password.
 */
@ApplicationException(rollback = true)
public class InvalidAccountException extends RuntimeException {

    private final AccountError error;
    private final transient Object[] arguments;

    public InvalidAccountException(AccountError error, Object... arguments) {
        super(arguments.length == 0 ? error.name() : error.name() + " " + Arrays.toString(arguments));
        this.error = error;
        this.arguments = arguments.clone();
    }

    public AccountError getError() {
        return error;
    }

    /** Returns the name of the form field at fault, or null when the error concerns the whole account. */
    public String getField() {
        return error.field();
    }

    /** Returns the arguments of the message, in the order the bundle text numbers them. */
    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
