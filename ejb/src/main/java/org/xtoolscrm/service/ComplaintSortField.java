package org.xtoolscrm.service;

/** The columns complaint lists sort by. Each order ends with the complaint id, so paging is stable. */
public enum ComplaintSortField {
    RECEIVED("x.receivedAt"),
    URGENCY("x.urgencyRank"),
    STATUS("x.status"),
    CUSTOMER("c.name"),
    HANDLER("h.displayName"),
    RESOLVED("x.resolvedAt"),
    SATISFACTION("x.satisfaction");

    private final String path;

    ComplaintSortField(String path) {
        this.path = path;
    }

    /** Returns the JPQL path: alias {@code x} for the complaint, {@code c} its customer, {@code h} its handler. */
    public String path() {
        return path;
    }
}
