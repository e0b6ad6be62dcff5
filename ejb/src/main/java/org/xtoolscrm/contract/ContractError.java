package org.xtoolscrm.contract;

/**
 * The reason a contract, a payment plan or a payment record was rejected. The web layer
 * shows the text under the bundle key {@code ContractError.<NAME>}, formatted with the
 * problem's arguments, next to the form field that {@link #field()} names.
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
    CONTRACT_NOT_SIGNED("contract");

    private final String field;

    ContractError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return field;
    }
}
