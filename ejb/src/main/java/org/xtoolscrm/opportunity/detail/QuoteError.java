package org.xtoolscrm.opportunity.detail;

import org.xtoolscrm.money.LineItemError;

/**
 * The reason a quote, or one of its lines, was rejected. See {@link DetailError}. The
 * fields of a line are named as in the line, and the problem carries the line's index.
 * The rules of a line are {@link LineItemError}'s, each translated by {@link #of}.
 */
public enum QuoteError implements DetailError {
    NUMBER_MISSING("quoteNumber"),
    /** Arguments: the maximum length and the length entered, in characters. */
    NUMBER_TOO_LONG("quoteNumber"),
    /** Argument: the number as given. */
    NUMBER_INVALID("quoteNumber"),
    /** Another quote, live or in the recycle bin, has the number. Argument: the number. */
    NUMBER_TAKEN("quoteNumber"),
    DATE_MISSING("quoteDate"),
    /** Argument: the earliest date accepted. */
    DATE_TOO_EARLY("quoteDate"),
    /** Argument: the quote date. */
    VALID_UNTIL_BEFORE_DATE("validUntil"),
    /** Argument: the code as given. */
    CURRENCY_INVALID("currency"),
    /** Arguments: the maximum length and the length entered, in characters. */
    NOTES_TOO_LONG("notes"),
    /** Arguments: the maximum number of lines and the number entered. */
    LINES_TOO_MANY(null),
    PRODUCT_MISSING("product"),
    /** Arguments: the maximum length and the length entered, in characters. */
    PRODUCT_TOO_LONG("product"),
    QUANTITY_MISSING("quantity"),
    QUANTITY_NOT_POSITIVE("quantity"),
    /** Argument: the decimal places allowed. */
    QUANTITY_TOO_PRECISE("quantity"),
    /** Argument: the largest quantity. */
    QUANTITY_TOO_LARGE("quantity"),
    UNIT_PRICE_MISSING("unitPrice"),
    UNIT_PRICE_NEGATIVE("unitPrice"),
    /** Arguments: the currency and the decimal places it allows. */
    UNIT_PRICE_TOO_PRECISE("unitPrice"),
    /** Argument: the largest unit price. */
    UNIT_PRICE_TOO_LARGE("unitPrice"),
    /** Arguments: the lowest and the highest discount, in percent. */
    DISCOUNT_OUT_OF_RANGE("discountPercent"),
    /** Argument: the decimal places allowed. */
    DISCOUNT_TOO_PRECISE("discountPercent"),
    /** Argument: the largest amount. */
    LINE_TOTAL_TOO_LARGE("lineTotal"),
    /** Argument: the largest amount. */
    TOTAL_TOO_LARGE(null),
    /** A quote is sent only with at least one line. */
    NO_LINES(null),
    /** Only a sent quote may be accepted. */
    NOT_SENT(null),
    /** An accepted quote cannot be marked sent. */
    ALREADY_ACCEPTED(null);

    private final String field;

    QuoteError(String field) {
        this.field = field;
    }

    /** Returns the quote's error for a broken rule of a line, whose message the quote dialog shows. */
    static QuoteError of(LineItemError error) {
        return switch (error) {
            case PRODUCT_MISSING -> PRODUCT_MISSING;
            case PRODUCT_TOO_LONG -> PRODUCT_TOO_LONG;
            case QUANTITY_MISSING -> QUANTITY_MISSING;
            case QUANTITY_NOT_POSITIVE -> QUANTITY_NOT_POSITIVE;
            case QUANTITY_TOO_PRECISE -> QUANTITY_TOO_PRECISE;
            case QUANTITY_TOO_LARGE -> QUANTITY_TOO_LARGE;
            case UNIT_PRICE_MISSING -> UNIT_PRICE_MISSING;
            case UNIT_PRICE_NEGATIVE -> UNIT_PRICE_NEGATIVE;
            case UNIT_PRICE_TOO_PRECISE -> UNIT_PRICE_TOO_PRECISE;
            case UNIT_PRICE_TOO_LARGE -> UNIT_PRICE_TOO_LARGE;
            case DISCOUNT_OUT_OF_RANGE -> DISCOUNT_OUT_OF_RANGE;
            case DISCOUNT_TOO_PRECISE -> DISCOUNT_TOO_PRECISE;
            case LINE_TOTAL_TOO_LARGE -> LINE_TOTAL_TOO_LARGE;
        };
    }

    @Override
    public String field() {
        return field;
    }
}
