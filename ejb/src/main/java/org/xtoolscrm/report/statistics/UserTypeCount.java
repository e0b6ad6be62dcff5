package org.xtoolscrm.report.statistics;

/** The activities of one user and type, counted in SQL. */
record UserTypeCount(long userId, String userName, String type, long count) {
}
