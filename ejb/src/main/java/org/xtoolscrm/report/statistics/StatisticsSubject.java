package org.xtoolscrm.report.statistics;

/**
 * The kind of record a statistic counts. Each subject has its own visibility rule and date:
 * a customer's creation time, a contract's signing date, a payment's receipt date and an
 * activity's time.
 */
public enum StatisticsSubject {
    CUSTOMER,
    CONTRACT,
    PAYMENT,
    ACTIVITY
}
