package org.xtoolscrm.web.importing;

import java.io.Serializable;
import org.xtoolscrm.importing.CustomerImport;
import org.xtoolscrm.importing.job.ImportStatus;

/** One line of the recent imports table: the record and the job's status. */
public record ImportRow(CustomerImport record, ImportStatus status) implements Serializable {

    public ImportState getState() {
        return ImportState.of(status);
    }

    public CustomerImport getRecord() {
        return record;
    }

    public ImportStatus getStatus() {
        return status;
    }
}
