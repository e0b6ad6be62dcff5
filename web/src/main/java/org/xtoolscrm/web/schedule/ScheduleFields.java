package org.xtoolscrm.web.schedule;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.xtoolscrm.schedule.ScheduleForm;

/**
 * The schedule dialog's fields: dates and times as the company's clock shows them, which
 * {@link #toForm} turns into instants. An all-day schedule's end date is its last day,
 * while the stored end is the midnight after it.
 */
public class ScheduleFields implements Serializable {

    /** The time a schedule created for a date starts, when the user gave no time. */
    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

    /** The length of a new schedule. */
    static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

    private Long ownerId;
    private String subject;
    private String type;
    private boolean allDay;
    private LocalDate startDate;
    private LocalTime startTime;
    private LocalDate endDate;
    private LocalTime endTime;
    private String place;
    private Long customerId;
    private Long contactId;
    private Long opportunityId;
    private Integer reminderMinutes;
    private String notes;

    /** Returns the fields of a new timed schedule that starts at the given wall-clock time and lasts one hour. */
    static ScheduleFields startingAt(LocalDateTime start, Integer reminderMinutes) {
        ScheduleFields fields = new ScheduleFields();
        LocalDateTime end = start.plus(DEFAULT_LENGTH);
        fields.startDate = start.toLocalDate();
        fields.startTime = start.toLocalTime();
        fields.endDate = end.toLocalDate();
        fields.endTime = end.toLocalTime();
        fields.reminderMinutes = reminderMinutes;
        return fields;
    }

    /** Returns the fields of a saved schedule's form on the zone's clock. */
    static ScheduleFields of(ScheduleForm form, ZoneId zone) {
        ScheduleFields fields = new ScheduleFields();
        fields.ownerId = form.getOwnerId();
        fields.subject = form.getSubject();
        fields.type = form.getType();
        fields.allDay = form.isAllDay();
        ZonedDateTime start = form.getStart().atZone(zone);
        ZonedDateTime end = form.getEnd().atZone(zone);
        fields.startDate = start.toLocalDate();
        fields.endDate = form.isAllDay() ? end.toLocalDate().minusDays(1) : end.toLocalDate();
        fields.startTime = form.isAllDay() ? DEFAULT_START : start.toLocalTime();
        fields.endTime = form.isAllDay() ? DEFAULT_START.plus(DEFAULT_LENGTH) : end.toLocalTime();
        fields.place = form.getPlace();
        fields.customerId = form.getCustomerId();
        fields.contactId = form.getContactId();
        fields.opportunityId = form.getOpportunityId();
        fields.reminderMinutes = form.getReminderMinutes();
        fields.notes = form.getNotes();
        return fields;
    }

    /**
     * Returns the form for the service. A start or end whose date or time is missing is
     * null there, so the service reports it as missing.
     */
    ScheduleForm toForm(ZoneId zone) {
        ScheduleForm form = new ScheduleForm();
        form.setOwnerId(ownerId);
        form.setSubject(subject);
        form.setType(type);
        form.setAllDay(allDay);
        if (allDay) {
            form.setStart(startDate == null ? null : startDate.atStartOfDay(zone).toInstant());
            form.setEnd(endDate == null ? null : endDate.plusDays(1).atStartOfDay(zone).toInstant());
        } else {
            form.setStart(instant(startDate, startTime, zone));
            form.setEnd(instant(endDate, endTime, zone));
        }
        form.setPlace(place);
        form.setCustomerId(customerId);
        form.setContactId(contactId);
        form.setOpportunityId(opportunityId);
        form.setReminderMinutes(reminderMinutes);
        form.setNotes(notes);
        return form;
    }

    private static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        return date == null || time == null ? null : date.atTime(time).atZone(zone).toInstant();
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
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
