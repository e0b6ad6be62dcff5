package org.xtoolscrm.opportunity.detail;

import java.time.Instant;

/**
 * One solution in a deal's list, read as a projection so a page is one query. A class
 * with getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class SolutionRow implements DetailRow {

    private final long id;
    private final String title;
    private final String description;
    private final String createdByName;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final int version;

    public SolutionRow(Long id, String title, String description, String createdByName, Instant createdAt,
                       Instant updatedAt, Integer version) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    @Override
    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
