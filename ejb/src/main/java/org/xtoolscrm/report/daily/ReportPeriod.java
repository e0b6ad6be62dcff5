package org.xtoolscrm.report.daily;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a report covers, both included, and the two periods it is compared with: the
 * one just before (for a day, the previous working day, Monday to Friday) and the same one
 * a cycle back (for a day, the same weekday a week earlier; for a week or a month, the same
 * week or month a year earlier).
 */
public record ReportPeriod(PeriodKind kind, LocalDate from, LocalDate to) implements Serializable {

    /** Returns the period of the kind that contains the date. */
    public static ReportPeriod containing(PeriodKind kind, LocalDate date) {
        return switch (kind) {
            case DAY -> new ReportPeriod(kind, date, date);
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(kind, monday, monday.plusDays(6));
            }
            case MONTH -> new ReportPeriod(kind, date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    /** Returns the period just before: the previous working day, week or month. */
    public ReportPeriod previous() {
        return switch (kind) {
            case DAY -> containing(kind, previousWorkingDay(from));
            case WEEK -> containing(kind, from.minusWeeks(1));
            case MONTH -> containing(kind, from.minusMonths(1));
        };
    }

    /** Returns the same period a cycle back: the same weekday last week, or the same week or month last year. */
    public ReportPeriod cycleBack() {
        return switch (kind) {
            case DAY -> containing(kind, from.minusWeeks(1));
            case WEEK -> containing(kind, from.minusWeeks(52));
            case MONTH -> containing(kind, from.minusYears(1));
        };
    }

    /** Returns the period that follows this one. */
    public ReportPeriod next() {
        return switch (kind) {
            case DAY -> containing(kind, from.plusDays(1));
            case WEEK -> containing(kind, from.plusWeeks(1));
            case MONTH -> containing(kind, from.plusMonths(1));
        };
    }

    /** Returns the period as pages and e-mails name it: the date, or the first and the last day. */
    public String text() {
        return kind == PeriodKind.DAY ? from.toString() : from + " – " + to;
    }

    private static LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }
}
