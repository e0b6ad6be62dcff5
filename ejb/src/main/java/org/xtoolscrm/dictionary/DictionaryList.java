package org.xtoolscrm.dictionary;

/** An option list of the data dictionary. The names are stored in {@code dictionary_option.list_code}. */
public enum DictionaryList {
    CUSTOMER_TYPE,
    INDUSTRY,
    REGION,
    SOURCE,
    SCHEDULE_TYPE,
    ACTIVITY_TYPE,
    EXPENSE_TYPE,
    /** The stages of an opportunity, each with a win probability; WON and LOST end the deal. */
    OPPORTUNITY_STAGE,
    PAYMENT_METHOD,
    INVOICE_TYPE,
    COMPLAINT_TYPE,
    SERVICE_TYPE
}
