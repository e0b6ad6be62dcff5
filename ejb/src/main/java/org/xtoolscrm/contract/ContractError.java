package org.xtoolscrm.contract;

/**
 * The reason a contract, its line items, a payment plan, a payment record, an invoice or a
 * delivery was rejected. The web layer shows the text under the bundle key
 * {@code ContractError.<NAME>}, formatted with the problem's arguments, next to the form
 * field that {@link #field()} names.
 */
public enum ContractError {
    CUSTOMER_MISSING("customer"),
    /** Argument: the pattern a number follows. */
    NUMBER_INVALID("number"),
    /** Argument: the maximum length. */
    NUMBER_TOO_LONG("number"),
    /** Argument: the number as given. */
    NUMBER_TAKEN("number"),
    /** The deal is not a live deal of the contract's customer. */
    OPPORTUNITY_NOT_ALLOWED("opportunity"),
    TITLE_MISSING("title"),
    /** Argument: the maximum length. */
    TITLE_TOO_LONG("title"),
    SIGNED_ON_MISSING("signedOn"),
    /** Argument: the earliest date accepted. */
    SIGNED_ON_TOO_EARLY("signedOn"),
    /** Argument: the earliest date accepted. */
    STARTS_ON_TOO_EARLY("startsOn"),
    /** Argument: the earliest date accepted. */
    ENDS_ON_TOO_EARLY("endsOn"),
    /** The end date lies before the start date. */
    ENDS_BEFORE_START("endsOn"),
    AMOUNT_MISSING("amount"),
    AMOUNT_NOT_POSITIVE("amount"),
    /** Arguments: the currency and the decimal places it allows. */
    AMOUNT_TOO_PRECISE("amount"),
    /** Argument: the largest amount. */
    AMOUNT_TOO_LARGE("amount"),
    /** Argument: the code as given. */
    CURRENCY_INVALID("currency"),
    /** The currency cannot change once the contract has payment plans or payments. Argument: the current currency. */
    CURRENCY_LOCKED("currency"),
    STATUS_MISSING("status"),
    /** A contract with payments cannot go back to draft, which takes no payments. */
    DRAFT_WITH_PAYMENTS("status"),
    /** Argument: the maximum length. */
    NOTES_TOO_LONG("notes"),
    /** The chosen owner is disabled or outside the caller's team. */
    OWNER_NOT_ALLOWED("owner"),

    DUE_ON_MISSING("dueOn"),
    /** Argument: the earliest date accepted. */
    DUE_ON_TOO_EARLY("dueOn"),
    PLAN_AMOUNT_MISSING("planAmount"),
    PLAN_AMOUNT_NOT_POSITIVE("planAmount"),
    /** Arguments: the currency and the decimal places it allows. */
    PLAN_AMOUNT_TOO_PRECISE("planAmount"),
    /** Argument: the largest amount. */
    PLAN_AMOUNT_TOO_LARGE("planAmount"),
    /** Argument: the maximum length. */
    PLAN_NOTE_TOO_LONG("planNote"),

    RECEIVED_ON_MISSING("receivedOn"),
    /** Argument: the earliest date accepted. */
    RECEIVED_ON_TOO_EARLY("receivedOn"),
    /** Argument: the last date accepted, today in the company's time zone. */
    RECEIVED_ON_IN_FUTURE("receivedOn"),
    PAYMENT_AMOUNT_MISSING("paymentAmount"),
    PAYMENT_AMOUNT_NOT_POSITIVE("paymentAmount"),
    /** Arguments: the currency and the decimal places it allows. */
    PAYMENT_AMOUNT_TOO_PRECISE("paymentAmount"),
    /** Argument: the largest amount. */
    PAYMENT_AMOUNT_TOO_LARGE("paymentAmount"),
    METHOD_MISSING("method"),
    /** Argument: the code as given. */
    METHOD_UNKNOWN("method"),
    /** The instalment is not a live payment plan of the same contract. */
    PLAN_NOT_OF_CONTRACT("plan"),
    /** The handler is disabled or outside the caller's team. */
    HANDLER_NOT_ALLOWED("handledBy"),
    /** Argument: the maximum length. */
    PAYMENT_NOTE_TOO_LONG("paymentNote"),
    /** A draft contract takes no payments yet. */
    CONTRACT_NOT_SIGNED("contract"),

    // The line items. The first argument of each line's error is the line's number, from 1,
    // and its field is named as in a line (LineItemForm).
    LINE_PRODUCT_MISSING("product"),
    /** Arguments: the line, the maximum length and the length entered, in characters. */
    LINE_PRODUCT_TOO_LONG("product"),
    LINE_QUANTITY_MISSING("quantity"),
    LINE_QUANTITY_NOT_POSITIVE("quantity"),
    /** Arguments: the line and the decimal places allowed. */
    LINE_QUANTITY_TOO_PRECISE("quantity"),
    /** Arguments: the line and the largest quantity. */
    LINE_QUANTITY_TOO_LARGE("quantity"),
    LINE_UNIT_PRICE_MISSING("unitPrice"),
    LINE_UNIT_PRICE_NEGATIVE("unitPrice"),
    /** Arguments: the line, the currency and the decimal places it allows. */
    LINE_UNIT_PRICE_TOO_PRECISE("unitPrice"),
    /** Arguments: the line and the largest unit price. */
    LINE_UNIT_PRICE_TOO_LARGE("unitPrice"),
    /** Arguments: the line, the lowest and the highest discount, in percent. */
    LINE_DISCOUNT_OUT_OF_RANGE("discountPercent"),
    /** Arguments: the line and the decimal places allowed. */
    LINE_DISCOUNT_TOO_PRECISE("discountPercent"),
    /** Arguments: the line and the largest amount. */
    LINE_TOTAL_TOO_LARGE("lineTotal"),
    /** Arguments: the maximum number of lines and the number entered. */
    LINES_TOO_MANY("lines"),
    /** Argument: the largest amount. */
    LINES_TOTAL_TOO_LARGE("lines"),
    /** The lines add up to zero, and a contract's amount must be positive. */
    LINES_TOTAL_NOT_POSITIVE("lines"),
    /** The currency cannot change while the contract has lines, whose prices are in it. Argument: the currency. */
    LINES_LOCK_CURRENCY("currency"),

    INVOICE_NUMBER_MISSING("invoiceNumber"),
    /** Argument: the maximum length. */
    INVOICE_NUMBER_TOO_LONG("invoiceNumber"),
    /** Argument: an example of a valid number. */
    INVOICE_NUMBER_INVALID("invoiceNumber"),
    /** Another invoice, live or in the recycle bin, has the number. Argument: the number. */
    INVOICE_NUMBER_TAKEN("invoiceNumber"),
    INVOICE_DATE_MISSING("invoiceDate"),
    /** Argument: the earliest date accepted. */
    INVOICE_DATE_TOO_EARLY("invoiceDate"),
    /** Argument: the last date accepted, today in the company's time zone. */
    INVOICE_DATE_IN_FUTURE("invoiceDate"),
    INVOICE_TYPE_MISSING("invoiceType"),
    /** Argument: the code as given. */
    INVOICE_TYPE_UNKNOWN("invoiceType"),
    INVOICE_AMOUNT_MISSING("invoiceAmount"),
    INVOICE_AMOUNT_NOT_POSITIVE("invoiceAmount"),
    /** Arguments: the currency and the decimal places it allows. */
    INVOICE_AMOUNT_TOO_PRECISE("invoiceAmount"),
    /** Argument: the largest amount. */
    INVOICE_AMOUNT_TOO_LARGE("invoiceAmount"),
    /** A linked payment is not a live payment of the invoice's contract. */
    INVOICE_PAYMENT_NOT_OF_CONTRACT("payments"),
    /** A linked payment is on another live invoice. Arguments: the payment's date and the other invoice's number. */
    INVOICE_PAYMENT_ON_OTHER_INVOICE("payments"),
    /** Argument: the maximum length. */
    INVOICE_NOTE_TOO_LONG("invoiceNote"),

    DELIVERY_DATE_MISSING("deliveryDate"),
    /** Argument: the earliest date accepted. */
    DELIVERY_DATE_TOO_EARLY("deliveryDate"),
    /** Only a planned delivery may lie ahead. Argument: the last date accepted, today in the company's time zone. */
    DELIVERY_DATE_IN_FUTURE("deliveryDate"),
    DELIVERY_ITEMS_MISSING("items"),
    /** Argument: the maximum length. */
    DELIVERY_ITEMS_TOO_LONG("items"),
    DELIVERY_STATUS_MISSING("deliveryStatus"),
    /** Argument: the maximum length. */
    DELIVERY_RECEIVER_TOO_LONG("receiverName"),
    /** Argument: the phone as given. */
    DELIVERY_PHONE_INVALID("receiverPhone"),
    /** Argument: the maximum length. */
    DELIVERY_TRACKING_TOO_LONG("tracking"),
    /** Argument: the maximum length. */
    DELIVERY_NOTES_TOO_LONG("deliveryNotes");

    private final String field;

    ContractError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return field;
    }
}
