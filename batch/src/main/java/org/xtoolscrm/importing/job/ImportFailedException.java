package org.xtoolscrm.importing.job;

/** Stops an import before any row is read; the message is shown to the user as it is. */
class ImportFailedException extends Exception {

    ImportFailedException(String message) {
        super(message);
    }

    ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
