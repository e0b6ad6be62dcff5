package org.xtoolscrm.report.daily.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Daily report job parameters")
class DailyReportParametersTest {

    @Test
    @DisplayName("the date is read as yyyy-MM-dd, spaces around it ignored")
    void date() {
        assertEquals(LocalDate.of(2026, 3, 31), DailyReportParameters.parseDate(" 2026-03-31 "));
    }

    @Test
    @DisplayName("a missing or malformed date names the value and the format")
    void invalid() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DailyReportParameters.parseDate(null))
                .getMessage().contains("is missing"));
        String message = assertThrows(IllegalArgumentException.class,
                () -> DailyReportParameters.parseDate("31.03.2026")).getMessage();
        assertTrue(message.contains("'31.03.2026'"), message);
        assertTrue(message.contains("yyyy-MM-dd"), message);
    }

    @Test
    @DisplayName("a day not yet begun is rejected with today's date")
    void notBegun() {
        LocalDate today = LocalDate.of(2026, 3, 31);
        DailyReportParameters.checkBegun(today, today);
        String message = assertThrows(DailyReportRefusedException.class,
                () -> DailyReportParameters.checkBegun(today.plusDays(1), today)).getMessage();
        assertTrue(message.contains("2026-04-01"), message);
        assertTrue(message.contains("today is 2026-03-31"), message);
    }
}
