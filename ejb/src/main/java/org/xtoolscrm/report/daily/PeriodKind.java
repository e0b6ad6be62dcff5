package org.xtoolscrm.report.daily;

/** The length of a report: one day, a week from Monday to Sunday, or a calendar month. */
public enum PeriodKind {
    DAY,
    WEEK,
    MONTH
}
