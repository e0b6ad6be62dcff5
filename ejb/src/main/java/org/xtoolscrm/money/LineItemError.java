package org.xtoolscrm.money;

/**
 * The rule a line item broke. Quotes and contracts each translate it into an error of
 * their own, so every kind of record keeps its own messages while the rule stays here.
 */
public enum LineItemError {
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
    LINE_TOTAL_TOO_LARGE("lineTotal");

    private final String field;

    LineItemError(String field) {
        this.field = field;
    }

    /** Returns the name of the line's field at fault, as {@link LineItemForm} names it. */
    public String field() {
        return field;
    }
}
