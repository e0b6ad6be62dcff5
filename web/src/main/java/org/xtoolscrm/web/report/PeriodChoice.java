package org.xtoolscrm.web.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** The periods the funnel and the ranking offer, each from a day in the company's time zone. */
public enum PeriodChoice {
    THIS_MONTH,
    NEXT_MONTH,
    THIS_QUARTER,
    NEXT_QUARTER,
    THIS_YEAR,
    LAST_MONTH,
    LAST_QUARTER,
    /** The dates the user enters. */
    CUSTOM;

    /** Returns the first day of the period that contains or follows today. */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case NEXT_MONTH -> today.withDayOfMonth(1).plusMonths(1);
            case THIS_QUARTER -> quarterStart(today);
            case NEXT_QUARTER -> quarterStart(today).plusMonths(3);
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
            case LAST_QUARTER -> quarterStart(today).minusMonths(3);
            case CUSTOM -> null;
        };
    }

    /** Returns the last day of the period. */
    public LocalDate to(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> YearMonth.from(today).atEndOfMonth();
            case NEXT_MONTH -> YearMonth.from(today).plusMonths(1).atEndOfMonth();
            case THIS_QUARTER -> quarterStart(today).plusMonths(3).minusDays(1);
            case NEXT_QUARTER -> quarterStart(today).plusMonths(6).minusDays(1);
            case THIS_YEAR -> today.withDayOfYear(1).plusYears(1).minusDays(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
            case LAST_QUARTER -> quarterStart(today).minusDays(1);
            case CUSTOM -> null;
        };
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
