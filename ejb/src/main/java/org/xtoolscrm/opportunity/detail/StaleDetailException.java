package org.xtoolscrm.opportunity.detail;

import jakarta.ejb.ApplicationException;

/** Raised when a deal's record was saved by someone else since the caller loaded it. */
@ApplicationException(rollback = true)
public class StaleDetailException extends RuntimeException {

    private final String kind;
    private final long recordId;

    /**
     * @param kind the record's kind as the change log names it, such as {@code Quote}
     */
    public StaleDetailException(String kind, long recordId) {
        super(kind + " " + recordId + " was changed by someone else since it was loaded");
        this.kind = kind;
        this.recordId = recordId;
    }

    public String getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }
}
