package org.xtoolscrm.service;

/** The reason a complaint was rejected. See {@link AfterSalesError}. */
public enum ComplaintError implements AfterSalesError {
    TYPE_MISSING("type"),
    /** Argument: the type code as submitted. */
    TYPE_UNKNOWN("type"),
    URGENCY_MISSING("urgency"),
    DESCRIPTION_MISSING("description"),
    /** Arguments: the maximum length and the length entered, in characters. */
    DESCRIPTION_TOO_LONG("description"),
    /** The chosen handler is disabled or outside the caller's team. */
    HANDLER_NOT_ALLOWED("handler"),
    STATUS_MISSING("status"),
    /** A resolved or closed complaint needs a resolution. */
    RESOLUTION_MISSING("resolution"),
    /** Arguments: the maximum length and the length entered, in characters. */
    RESOLUTION_TOO_LONG("resolution"),
    /** Arguments: the lowest and the highest score. */
    SATISFACTION_OUT_OF_RANGE("satisfaction"),
    /** The customer's satisfaction is recorded only once the complaint is resolved or closed. */
    SATISFACTION_BEFORE_RESOLVED("satisfaction"),
    RECEIVED_MISSING("received"),
    /** Argument: the current time in the company's time zone, as yyyy-MM-dd HH:mm. */
    RECEIVED_IN_FUTURE("received"),
    /** Argument: the earliest date accepted. */
    RECEIVED_TOO_EARLY("received");

    private final String field;

    ComplaintError(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
