package org.xtoolscrm.schedule;

import java.io.Serializable;
import java.time.Instant;

/**
 * The fields a user enters to create or edit a schedule. {@link ScheduleRules} checks
 * them; the service checks the owner, the customer and the type against the database.
 */
public class ScheduleForm implements Serializable {

    /** The owner, or null for the caller. */
    private Long ownerId;
    private Instant start;
    /** Exclusive; for an all-day schedule, midnight after its last day. */
    private Instant end;
    private boolean allDay;
    private String type;
    private String subject;
    private String place;
    private Long customerId;
    private Long contactId;
    private Long opportunityId;
    /** Minutes before the start at which the owner is reminded, or null for no reminder. */
    private Integer reminderMinutes;
    private String notes;

    /** Copies the editable fields of a schedule. */
    public static ScheduleForm of(Schedule schedule) {
        ScheduleForm form = new ScheduleForm();
        form.ownerId = schedule.getOwner().getId();
        form.start = schedule.getStartAt();
        form.end = schedule.getEndAt();
        form.allDay = schedule.isAllDay();
        form.type = schedule.getType();
        form.subject = schedule.getSubject();
        form.place = schedule.getPlace();
        form.customerId = schedule.getCustomerId();
        form.contactId = schedule.getContactId();
        form.opportunityId = schedule.getOpportunityId();
        form.reminderMinutes = schedule.getReminderMinutes();
        form.notes = schedule.getNotes();
        return form;
    }

    /** Returns a copy, so that normalising a form leaves the caller's one as it was. */
    public ScheduleForm copy() {
        ScheduleForm copy = new ScheduleForm();
        copy.ownerId = ownerId;
        copy.start = start;
        copy.end = end;
        copy.allDay = allDay;
        copy.type = type;
        copy.subject = subject;
        copy.place = place;
        copy.customerId = customerId;
        copy.contactId = contactId;
        copy.opportunityId = opportunityId;
        copy.reminderMinutes = reminderMinutes;
        copy.notes = notes;
        return copy;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Instant getStart() {
        return start;
    }

    public void setStart(Instant start) {
        this.start = start;
    }

    public Instant getEnd() {
        return end;
    }

    public void setEnd(Instant end) {
        this.end = end;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public Integer getReminderMinutes() {
        return reminderMinutes;
    }

    public void setReminderMinutes(Integer reminderMinutes) {
        this.reminderMinutes = reminderMinutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
