package org.xtoolscrm.service;

import jakarta.ejb.ApplicationException;

/** Raised when a complaint or service record was saved by someone else since the caller loaded it. */
@ApplicationException(rollback = true)
public class StaleAfterSalesException extends RuntimeException {

    public StaleAfterSalesException(String kind, long id) {
        super(kind + " " + id + " was changed by someone else since it was loaded");
    }
}
