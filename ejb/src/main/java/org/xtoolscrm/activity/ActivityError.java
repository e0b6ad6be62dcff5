package org.xtoolscrm.activity;

/**
 * The reason an activity was rejected. The web layer shows the text under the bundle key
 * {@code ActivityError.<NAME>}, formatted with the problem's arguments, next to the
 * form field that {@link #field()} names.
 */
public enum ActivityError {
    TYPE_MISSING("type"),
    /** Argument: the code as given. */
    TYPE_UNKNOWN("type"),
    TIME_MISSING("time"),
    /** The time lies after now, beyond {@link ActivityRules#FUTURE_TOLERANCE}. */
    TIME_IN_FUTURE("time"),
    CONTENT_MISSING("content"),
    /** Argument: the maximum length. */
    CONTENT_TOO_LONG("content"),
    /** Argument: the maximum length. */
    OUTCOME_TOO_LONG("outcome"),
    /** Argument: the maximum length. */
    NEXT_STEP_TOO_LONG("nextStep"),
    /** Argument: the activity's date in the company's time zone. */
    NEXT_STEP_DATE_BEFORE_ACTIVITY("nextStepDate"),
    /** The contact is not a live contact of the activity's customer. */
    CONTACT_INVALID("contact"),
    /** The opportunity is not a live deal of the activity's customer. */
    OPPORTUNITY_INVALID("opportunityId");

    private final String field;

    ActivityError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault, or null when the form has no field for it. */
    public String field() {
        return field;
    }
}
