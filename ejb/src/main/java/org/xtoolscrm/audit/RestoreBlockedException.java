package org.xtoolscrm.audit;

import jakarta.ejb.ApplicationException;

/** Raised when a record cannot leave the recycle bin because its customer is still in it. */
@ApplicationException(rollback = true)
public class RestoreBlockedException extends RuntimeException {

    public RestoreBlockedException(String label) {
        super("'" + label + "' belongs to a customer that is in the recycle bin: restore the customer first.");
    }
}
