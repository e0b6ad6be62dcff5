package org.xtoolscrm.task;

/**
 * The reason a task was rejected. The web layer shows the text under the bundle key
 * {@code TaskError.<NAME>}, formatted with the problem's arguments, next to the form
 * field that {@link #field()} names.
 */
public enum TaskError {
    SUBJECT_MISSING("subject"),
    /** Argument: the maximum length. */
    SUBJECT_TOO_LONG("subject"),
    PRIORITY_MISSING("priority"),
    /** Argument: today's date in the company's time zone. */
    DUE_DATE_IN_PAST("dueDate"),
    /** Argument: the maximum length. */
    DESCRIPTION_TOO_LONG("description"),
    /** The chosen owner is disabled or outside the caller's team. */
    OWNER_NOT_ALLOWED("owner"),
    /** The contact is not a live contact of the task's customer, or the task has no customer. */
    CONTACT_INVALID("contact"),
    /** Argument: the id as given. */
    OPPORTUNITY_ID_INVALID("opportunityId");

    private final String field;

    TaskError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault, or null when the form has no field for it. */
    public String field() {
        return field;
    }
}
