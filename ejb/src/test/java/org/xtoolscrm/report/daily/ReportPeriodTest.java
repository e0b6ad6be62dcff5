package org.xtoolscrm.report.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report periods and their comparisons")
class ReportPeriodTest {

    private static ReportPeriod day(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return new ReportPeriod(PeriodKind.DAY, date, date);
    }

    @Test
    @DisplayName("a day compares with the previous working day and the same weekday last week")
    void day() {
        assertEquals(day(2026, 3, 18), day(2026, 3, 19).previous(), "Thursday with Wednesday");
        assertEquals(day(2026, 3, 13), day(2026, 3, 16).previous(), "Monday with Friday");
        assertEquals(day(2026, 3, 13), day(2026, 3, 15).previous(), "Sunday with Friday");
        assertEquals(day(2026, 3, 9), day(2026, 3, 16).cycleBack());
    }

    @Test
    @DisplayName("a week runs Monday to Sunday and compares with the week before and the week a year back")
    void week() {
        ReportPeriod week = ReportPeriod.containing(PeriodKind.WEEK, LocalDate.of(2026, 3, 19));
        assertEquals(new ReportPeriod(PeriodKind.WEEK, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22)), week);
        assertEquals(LocalDate.of(2026, 3, 9), week.previous().from());
        assertEquals(LocalDate.of(2025, 3, 17), week.cycleBack().from());
        assertEquals(LocalDate.of(2026, 3, 23), week.next().from());
    }

    @Test
    @DisplayName("a month compares with the month before and the same month last year")
    void month() {
        ReportPeriod march = ReportPeriod.containing(PeriodKind.MONTH, LocalDate.of(2024, 3, 19));
        assertEquals(LocalDate.of(2024, 3, 31), march.to());
        ReportPeriod february = march.previous();
        assertEquals(new ReportPeriod(PeriodKind.MONTH, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), february);
        assertEquals(new ReportPeriod(PeriodKind.MONTH, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)),
                march.cycleBack());
    }

    @Test
    @DisplayName("a day shows as its date, a week as its days")
    void text() {
        assertEquals("2026-03-19", day(2026, 3, 19).text());
        assertEquals("2026-03-16 – 2026-03-22", ReportPeriod.containing(PeriodKind.WEEK, LocalDate.of(2026, 3, 19)).text());
    }
}
