package org.xtoolscrm.activity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a customer's timeline, read as a projection so a page is one query.
 * A class with getters rather than a record, because Jakarta EL 5 resolves bean
 * properties only.
 */
public final class ActivityRow implements Serializable {

    private final Long id;
    private final String type;
    private final Instant time;
    private final Long contactId;
    private final String contactName;
    private final String content;
    private final String outcome;
    private final String nextStep;
    private final LocalDate nextStepDate;
    private final Long ownerId;
    private final String ownerName;
    private final int version;

    public ActivityRow(Long id, String type, Instant time, Long contactId, String contactName, String content,
                       String outcome, String nextStep, LocalDate nextStepDate, Long ownerId, String ownerName,
                       Integer version) {
        this.id = id;
        this.type = type;
        this.time = time;
        this.contactId = contactId;
        this.contactName = contactName;
        this.content = content;
        this.outcome = outcome;
        this.nextStep = nextStep;
        this.nextStepDate = nextStepDate;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.version = version == null ? 0 : version;
    }

    public Long getId() {
        return id;
    }

    /** Returns the code of the activity type option. */
    public String getType() {
        return type;
    }

    public Instant getTime() {
        return time;
    }

    public Long getContactId() {
        return contactId;
    }

    /** Returns the contact's name, or null when the activity names no contact or its contact is in the recycle bin. */
    public String getContactName() {
        return contactName;
    }

    public String getContent() {
        return content;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getNextStep() {
        return nextStep;
    }

    public LocalDate getNextStepDate() {
        return nextStepDate;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    /** Returns the display name of the user who recorded the activity. */
    public String getOwnerName() {
        return ownerName;
    }

    public int getVersion() {
        return version;
    }

    /** Returns the position of this entry on the timeline, to read the entries after it. */
    public TimelinePosition position() {
        return new TimelinePosition(time, id);
    }
}
