package org.xtoolscrm.service;

/** The columns service record lists sort by. Each order ends with the record id, so paging is stable. */
public enum ServiceRecordSortField {
    DATE("r.serviceDate"),
    CUSTOMER("c.name"),
    HANDLER("h.displayName"),
    HOURS("r.hours");

    private final String path;

    ServiceRecordSortField(String path) {
        this.path = path;
    }

    /** Returns the JPQL path: alias {@code r} for the record, {@code c} its customer, {@code h} its handler. */
    public String path() {
        return path;
    }
}
