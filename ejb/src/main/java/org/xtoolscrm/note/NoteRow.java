package org.xtoolscrm.note;

import java.io.Serializable;
import java.time.Instant;

/**
 * One note in a customer's list, read as a projection so a page is one query. A class
 * with getters rather than a record, because Jakarta EL 5 resolves bean properties only.
 */
public final class NoteRow implements Serializable {

    private final long id;
    private final String text;
    private final boolean pinned;
    private final String authorName;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final int version;

    public NoteRow(Long id, String text, Boolean pinned, String authorName, Instant createdAt, Instant updatedAt,
                   Integer version) {
        this.id = id;
        this.text = text;
        this.pinned = Boolean.TRUE.equals(pinned);
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the note was changed after it was written. */
    public boolean isEdited() {
        return updatedAt != null && createdAt != null && updatedAt.isAfter(createdAt);
    }

    public int getVersion() {
        return version;
    }
}
