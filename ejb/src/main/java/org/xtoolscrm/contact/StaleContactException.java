package org.xtoolscrm.contact;

import jakarta.ejb.ApplicationException;

/** Raised when a contact was saved by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleContactException extends RuntimeException {

    public StaleContactException(long contactId) {
        super("Contact " + contactId + " was changed by someone else since it was opened");
    }
}
