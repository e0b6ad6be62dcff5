package org.xtoolscrm.customer;

import jakarta.ejb.ApplicationException;

/** Raised when a customer was saved by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleCustomerException extends RuntimeException {

    public StaleCustomerException(long customerId) {
        super("Customer " + customerId + " was changed by someone else since it was opened");
    }
}
