package org.xtoolscrm.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OffsetSegmentTest {

    @Test
    @DisplayName("A zone without transitions gives one segment")
    void fixedOffset() {
        Instant start = Instant.parse("2023-12-31T16:00:00Z");
        Instant end = Instant.parse("2024-12-31T16:00:00Z");

        assertEquals(List.of(new OffsetSegment(start, end, 8 * 3600)),
                OffsetSegment.of(start, end, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    @DisplayName("Daylight saving splits the period at each change")
    void daylightSaving() {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        Instant end = Instant.parse("2025-01-01T00:00:00Z");
        Instant summer = Instant.parse("2024-03-31T01:00:00Z");
        Instant winter = Instant.parse("2024-10-27T01:00:00Z");

        assertEquals(List.of(new OffsetSegment(start, summer, 0), new OffsetSegment(summer, winter, 3600),
                new OffsetSegment(winter, end, 0)), OffsetSegment.of(start, end, ZoneId.of("Europe/London")));
    }

    @Test
    @DisplayName("Month keys read as year and month")
    void monthKeys() {
        assertEquals(YearMonth.of(2024, 12), MonthKeys.month(202412L));
        assertEquals(YearMonth.of(2009, 1), MonthKeys.month(Integer.valueOf(200901)));
        assertEquals("SQL('YEAR(TIMESTAMPADD(SECOND, 28800, ?)) * 100 + MONTH(TIMESTAMPADD(SECOND, 28800, ?))', "
                + "c.createdAt, c.createdAt)", MonthKeys.ofInstant("c.createdAt", 28800));
    }
}
