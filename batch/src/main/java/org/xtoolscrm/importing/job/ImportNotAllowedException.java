package org.xtoolscrm.importing.job;

import jakarta.ejb.ApplicationException;

/** Raised when the caller may not start or restart an import as asked. */
@ApplicationException(rollback = true)
public class ImportNotAllowedException extends RuntimeException {

    public ImportNotAllowedException(String message) {
        super(message);
    }
}
