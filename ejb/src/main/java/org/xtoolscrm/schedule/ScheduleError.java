package org.xtoolscrm.schedule;

/**
 * The reason a schedule was rejected. The web layer shows the text under the bundle key
 * {@code ScheduleError.<NAME>}, formatted with the problem's arguments, next to the form
 * field that {@link #field()} names.
 */
public enum ScheduleError {
    SUBJECT_MISSING("subject"),
    /** Argument: the maximum length. */
    SUBJECT_TOO_LONG("subject"),
    TYPE_MISSING("type"),
    /** Argument: the code. */
    TYPE_UNKNOWN("type"),
    START_MISSING("start"),
    END_MISSING("end"),
    END_NOT_AFTER_START("end"),
    /** Argument: the maximum number of days. */
    TOO_LONG("end"),
    /** Argument: the maximum length. */
    PLACE_TOO_LONG("place"),
    /** Argument: the maximum length. */
    NOTES_TOO_LONG("notes"),
    /** Arguments: the minimum and the maximum number of minutes. */
    REMINDER_OUT_OF_RANGE("reminderMinutes"),
    /** The contact is not a live contact of the schedule's customer, or the schedule has no customer. */
    CONTACT_INVALID("contactId"),
    OPPORTUNITY_INVALID("opportunityId"),
    /** The owner is disabled or outside the caller's team. */
    OWNER_NOT_ALLOWED("owner"),
    /** Argument: the owner's name. */
    OWNER_CANNOT_SEE_CUSTOMER("owner");

    private final String field;

    ScheduleError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return field;
    }
}
