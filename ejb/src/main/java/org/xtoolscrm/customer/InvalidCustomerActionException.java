package org.xtoolscrm.customer;

import jakarta.ejb.ApplicationException;

/** Raised when a share or transfer is asked for something it cannot do; the message says what to change. */
@ApplicationException(rollback = true)
public class InvalidCustomerActionException extends RuntimeException {

    public InvalidCustomerActionException(String message) {
        super(message);
    }
}
