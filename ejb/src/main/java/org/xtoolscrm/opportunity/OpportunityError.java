package org.xtoolscrm.opportunity;

/**
 * The reason an opportunity was rejected. The web layer shows the text under the bundle
 * key {@code OpportunityError.<NAME>}, formatted with the problem's arguments, next to the
 * form field that {@link #field()} names.
 */
public enum OpportunityError {
    CUSTOMER_MISSING("customer"),
    NAME_MISSING("name"),
    /** Argument: the maximum length. */
    NAME_TOO_LONG("name"),
    AMOUNT_MISSING("amount"),
    AMOUNT_NEGATIVE("amount"),
    /** Arguments: the currency and the decimal places it allows. */
    AMOUNT_TOO_PRECISE("amount"),
    /** Argument: the largest amount. */
    AMOUNT_TOO_LARGE("amount"),
    /** Argument: the code as given. */
    CURRENCY_INVALID("currency"),
    EXPECTED_DATE_MISSING("expectedSignDate"),
    /** Argument: the earliest date accepted. */
    EXPECTED_DATE_TOO_EARLY("expectedSignDate"),
    STAGE_MISSING("stage"),
    /** The stage is not an enabled option of the list. Argument: the code as given. */
    STAGE_UNKNOWN("stage"),
    /** The source is not an enabled option of the list SOURCE. Argument: the code as given. */
    SOURCE_UNKNOWN("source"),
    /** Argument: the maximum length. */
    DESCRIPTION_TOO_LONG("description"),
    LOST_REASON_MISSING("lostReason"),
    /** Argument: the maximum length. */
    LOST_REASON_TOO_LONG("lostReason"),
    /** The chosen owner is disabled or outside the caller's team. */
    OWNER_NOT_ALLOWED("owner");

    private final String field;

    OpportunityError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return field;
    }
}
