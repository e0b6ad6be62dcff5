package org.xtoolscrm.contract;

import jakarta.ejb.ApplicationException;

/** Raised when a contract or one of its records was saved by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleContractException extends RuntimeException {

    public StaleContractException(String kind, long id) {
        super(kind + " " + id + " was changed by someone else since it was opened");
    }
}
