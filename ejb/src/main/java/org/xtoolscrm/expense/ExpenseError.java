package org.xtoolscrm.expense;

/**
 * Why an expense change was rejected. The web layer shows the text under the bundle key
 * {@code ExpenseError.<NAME>}, formatted with the problem's arguments, next to the form
 * field that {@link #field()} names.
 */
public enum ExpenseError {
    DATE_MISSING("date"),
    /** Argument: today's date in the company's time zone. */
    DATE_IN_FUTURE("date"),
    /** Argument: the earliest date accepted. */
    DATE_TOO_EARLY("date"),
    TYPE_MISSING("type"),
    /** Argument: the type code as submitted. */
    TYPE_UNKNOWN("type"),
    AMOUNT_MISSING("amount"),
    AMOUNT_NOT_POSITIVE("amount"),
    /** Arguments: the currency code and the number of decimal places it allows. */
    AMOUNT_TOO_PRECISE("amount"),
    /** Argument: the largest amount, as a plain number. */
    AMOUNT_TOO_LARGE("amount"),
    /** Argument: the currency code as submitted. */
    CURRENCY_INVALID("currency"),
    /** Argument: the maximum length. */
    DESCRIPTION_TOO_LONG("description"),
    REASON_MISSING("reason"),
    /** Argument: the maximum length. */
    REASON_TOO_LONG("reason"),
    /** Only the user who filed an expense may change or delete it. */
    NOT_FILER(null),
    /** An approved expense cannot change any more. */
    LOCKED(null),
    /** Only a submitted expense may be deleted. */
    NOT_DELETABLE(null);

    private final String field;

    ExpenseError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault, or null when the error concerns the whole expense. */
    public String field() {
        return field;
    }
}
