package org.xtoolscrm.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of the forecast: a calendar month or a calendar quarter, in the company's
 * time zone.
 */
public record ForecastPeriod(LocalDate from, LocalDate to, boolean quarter) implements Serializable {

    /** Returns the quarter's number, 1 to 4, for a quarter. */
    public int quarterNumber() {
        return (from.getMonthValue() - 1) / 3 + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * Returns the forecast's periods from a day on: that day's month and the next two, then
     * that day's quarter and the next one.
     */
    public static List<ForecastPeriod> from(LocalDate today) {
        List<ForecastPeriod> periods = new ArrayList<>();
        YearMonth month = YearMonth.from(today);
        for (int i = 0; i < 3; i++) {
            YearMonth m = month.plusMonths(i);
            periods.add(new ForecastPeriod(m.atDay(1), m.atEndOfMonth(), false));
        }
        YearMonth quarterStart = YearMonth.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1);
        for (int i = 0; i < 2; i++) {
            YearMonth first = quarterStart.plusMonths(3L * i);
            periods.add(new ForecastPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(), true));
        }
        return List.copyOf(periods);
    }
}
