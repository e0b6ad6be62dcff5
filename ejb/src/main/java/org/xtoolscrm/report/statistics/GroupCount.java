package org.xtoolscrm.report.statistics;

/** A count of records that share one value, as a GROUP BY query returns it. */
record GroupCount(StatisticsGroup group, long count) {
}
