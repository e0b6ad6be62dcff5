package org.xtoolscrm.report.daily;

/** The period a report's figures are compared with; see {@link ReportPeriod}. */
public enum Comparison {
    /** The previous working day, week or month. */
    PREVIOUS,
    /** The same weekday a week earlier, or the same week or month a year earlier. */
    CYCLE_BACK
}
