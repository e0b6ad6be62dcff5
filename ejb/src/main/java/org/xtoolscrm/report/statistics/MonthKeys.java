package org.xtoolscrm.report.statistics;

import java.time.YearMonth;

/**
 * JPQL expressions that give a record's month as the number yyyyMM, through EclipseLink's
 * {@code SQL()} operator, because JPQL has no month function. YEAR, MONTH and
 * TIMESTAMPADD exist alike in MySQL, MariaDB and H2.
 */
final class MonthKeys {

    private MonthKeys() {
    }

    /** Returns the month of a date attribute, such as {@code k.signedOn}. */
    static String ofDate(String path) {
        return "SQL('YEAR(?) * 100 + MONTH(?)', " + path + ", " + path + ")";
    }

    /**
     * Returns the month of a UTC timestamp attribute, such as {@code c.createdAt}, in a zone
     * whose offset is the given number of seconds. The offset is a number the code computed, so
     * it is written into the SQL rather than bound.
     */
    static String ofInstant(String path, int offsetSeconds) {
        String shifted = "TIMESTAMPADD(SECOND, " + offsetSeconds + ", ?)";
        return "SQL('YEAR(" + shifted + ") * 100 + MONTH(" + shifted + ")', " + path + ", " + path + ")";
    }

    /** Returns the month of a number yyyyMM that the expressions return. */
    static YearMonth month(Number key) {
        int value = key.intValue();
        return YearMonth.of(value / 100, value % 100);
    }
}
