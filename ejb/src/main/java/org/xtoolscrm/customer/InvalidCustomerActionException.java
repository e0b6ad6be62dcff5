package org.xtoolscrm.customer;

import jakarta.ejb.ApplicationException;

/** Raised when a share or transfer request is invalid, such as a disabled target user; the message names the fix. */
@ApplicationException(rollback = true)
public class InvalidCustomerActionException extends RuntimeException {

    public InvalidCustomerActionException(String message) {
        super(message);
    }
}
