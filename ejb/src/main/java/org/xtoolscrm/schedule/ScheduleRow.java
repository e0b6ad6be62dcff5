package org.xtoolscrm.schedule;

import java.io.Serializable;
import java.time.Instant;

/**
 * One schedule in a list or on the calendar. A class with getters rather than a record,
 * because Jakarta EL 5 resolves bean properties.
 */
public final class ScheduleRow implements Serializable {

    private final Long id;
    private final int version;
    private final Long ownerId;
    private final String ownerName;
    private final Instant startAt;
    private final Instant endAt;
    private final boolean allDay;
    private final String type;
    private final String subject;
    private final String place;
    private final Long customerId;
    private final String customerName;
    private final Long contactId;
    private final String contactName;
    private final boolean done;
    private final Integer reminderMinutes;
    private final boolean reminderDismissed;

    public ScheduleRow(Long id, int version, Long ownerId, String ownerName, Instant startAt, Instant endAt,
                       boolean allDay, String type, String subject, String place, Long customerId,
                       String customerName, Long contactId, String contactName, boolean done,
                       Integer reminderMinutes, boolean reminderDismissed) {
        this.id = id;
        this.version = version;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.startAt = startAt;
        this.endAt = endAt;
        this.allDay = allDay;
        this.type = type;
        this.subject = subject;
        this.place = place;
        this.customerId = customerId;
        this.customerName = customerName;
        this.contactId = contactId;
        this.contactName = contactName;
        this.done = done;
        this.reminderMinutes = reminderMinutes;
        this.reminderDismissed = reminderDismissed;
    }

    /**
     * Returns whether the owner should be reminded at the given moment: the schedule is
     * not done, the reminder not dismissed, and the moment inside its {@link ReminderWindow}.
     */
    public boolean isReminderDue(Instant moment) {
        return !done && !reminderDismissed && ReminderWindow.of(startAt, endAt, reminderMinutes)
                .map(window -> window.contains(moment))
                .orElse(false);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public String getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public String getPlace() {
        return place;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Long getContactId() {
        return contactId;
    }

    /** Returns the contact's name, or null when the schedule names no contact or its contact is in the recycle bin. */
    public String getContactName() {
        return contactName;
    }

    public boolean isDone() {
        return done;
    }

    public Integer getReminderMinutes() {
        return reminderMinutes;
    }

    public boolean isReminderDismissed() {
        return reminderDismissed;
    }
}
