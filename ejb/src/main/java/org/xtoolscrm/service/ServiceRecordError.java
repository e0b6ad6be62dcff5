package org.xtoolscrm.service;

/** The reason a service record was rejected. See {@link AfterSalesError}. */
public enum ServiceRecordError implements AfterSalesError {
    DATE_MISSING("date"),
    /** Argument: today's date in the company's time zone. */
    DATE_IN_FUTURE("date"),
    /** Argument: the earliest date accepted. */
    DATE_TOO_EARLY("date"),
    TYPE_MISSING("type"),
    /** Argument: the type code as submitted. */
    TYPE_UNKNOWN("type"),
    CONTENT_MISSING("content"),
    /** Arguments: the maximum length and the length entered, in characters. */
    CONTENT_TOO_LONG("content"),
    HOURS_NEGATIVE("hours"),
    /** Argument: the largest number of hours. */
    HOURS_TOO_LARGE("hours"),
    /** Argument: the number of decimal places allowed. */
    HOURS_TOO_PRECISE("hours"),
    /** The chosen handler is disabled or outside the caller's team. */
    HANDLER_NOT_ALLOWED("handler");

    private final String field;

    ServiceRecordError(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
