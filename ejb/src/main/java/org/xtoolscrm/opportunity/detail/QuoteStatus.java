package org.xtoolscrm.opportunity.detail;

/**
 * The state of a quote with the customer. A quote starts as a draft and is marked sent,
 * and a sent quote may be marked accepted. Accepting a quote makes the deal's previously
 * accepted quote, if any, sent again, so a deal has at most one accepted quote.
 */
public enum QuoteStatus {
    DRAFT,
    SENT,
    ACCEPTED
}
