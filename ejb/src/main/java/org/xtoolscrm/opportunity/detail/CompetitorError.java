package org.xtoolscrm.opportunity.detail;

/** The reason a competitor was rejected. See {@link DetailError}. */
public enum CompetitorError implements DetailError {
    NAME_MISSING("name"),
    /** Arguments: the maximum length and the length entered, in characters. */
    NAME_TOO_LONG("name"),
    /** Arguments: the maximum length and the length entered, in characters. */
    STRENGTHS_TOO_LONG("strengths"),
    /** Arguments: the maximum length and the length entered, in characters. */
    WEAKNESSES_TOO_LONG("weaknesses"),
    PRICE_NEGATIVE("price"),
    /** Arguments: the currency and the decimal places it allows. */
    PRICE_TOO_PRECISE("price"),
    /** Argument: the largest price. */
    PRICE_TOO_LARGE("price"),
    /** Argument: the code as given. */
    CURRENCY_INVALID("currency");

    private final String field;

    CompetitorError(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
