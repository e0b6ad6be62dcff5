package org.xtoolscrm.account;

import jakarta.ejb.ApplicationException;

/** Raised when account data breaks a rule; the message says which and how to fix it. */
@ApplicationException(rollback = true)
public class InvalidAccountException extends RuntimeException {

    private final String field;

    public InvalidAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Returns the name of the field at fault. */
    public String getField() {
        return field;
    }
}
