package org.xtoolscrm.importing.job;

import java.io.Serializable;

/**
 * An import whose job runs now, found because it reads the same file as an import about
 * to start.
 *
 * @param startedBy login of the user who started it, or {@code cli}
 */
public record RunningImport(long jobInstanceId, long executionId, String fileName, String startedBy)
        implements Serializable {

    /** Returns the sentence that explains to the user why a new import of the same file cannot start. */
    String rejection() {
        return "Import " + jobInstanceId + " of '" + fileName + "', started by " + startedBy
                + ", is still running with the same file (execution " + executionId
                + "). Wait until it ends, or stop it, before importing the file again.";
    }
}
