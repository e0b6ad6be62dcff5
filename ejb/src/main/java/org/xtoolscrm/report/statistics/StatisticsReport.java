package org.xtoolscrm.report.statistics;

/** The statistics the page offers, each counting one subject grouped one way. */
public enum StatisticsReport {
    CUSTOMERS_BY_STATUS(StatisticsSubject.CUSTOMER, false),
    CUSTOMERS_BY_INDUSTRY(StatisticsSubject.CUSTOMER, false),
    CUSTOMERS_BY_REGION(StatisticsSubject.CUSTOMER, false),
    CUSTOMERS_BY_OWNER(StatisticsSubject.CUSTOMER, false),
    NEW_CUSTOMERS_BY_MONTH(StatisticsSubject.CUSTOMER, true),
    CONTRACTS_BY_MONTH(StatisticsSubject.CONTRACT, true),
    PAYMENTS_BY_MONTH(StatisticsSubject.PAYMENT, true),
    ACTIVITIES_BY_USER(StatisticsSubject.ACTIVITY, false);

    private final StatisticsSubject subject;
    private final boolean byMonth;

    StatisticsReport(StatisticsSubject subject, boolean byMonth) {
        this.subject = subject;
        this.byMonth = byMonth;
    }

    public StatisticsSubject subject() {
        return subject;
    }

    /** Returns whether the rows are the months of the period, which then needs both dates. */
    public boolean byMonth() {
        return byMonth;
    }

    /** Returns whether the rows carry an amount in the company currency besides the count. */
    public boolean withAmount() {
        return subject == StatisticsSubject.CONTRACT || subject == StatisticsSubject.PAYMENT;
    }

    /** Returns whether each row shows its share of the total count. */
    public boolean withShare() {
        return !byMonth && subject == StatisticsSubject.CUSTOMER;
    }
}
