package org.xtoolscrm.service;

/** The stage of handling a complaint. Stored by name in {@code complaint.status}. */
public enum ComplaintStatus {
    OPEN,
    PROCESSING,
    RESOLVED,
    CLOSED;

    /**
     * Returns whether a complaint in this status is resolved: RESOLVED and CLOSED are. A
     * resolved complaint needs a resolution and may carry the customer's satisfaction.
     */
    public boolean isResolved() {
        return this == RESOLVED || this == CLOSED;
    }
}
