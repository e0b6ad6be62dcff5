package org.xtoolscrm.importing.job;

import jakarta.ejb.ApplicationException;

/** Raised when an upload has the same content as an import that is still running. */
@ApplicationException(rollback = true)
public class DuplicateImportException extends ImportNotAllowedException {

    private final RunningImport running;

    public DuplicateImportException(RunningImport running) {
        super(running.rejection());
        this.running = running;
    }

    /** Returns the import that runs with the same file. */
    public RunningImport running() {
        return running;
    }
}
