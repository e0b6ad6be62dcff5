package org.xtoolscrm.report.daily.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Catch-up plan of the daily report")
class CatchUpPlanTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime RUN_AT = LocalTime.of(23, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    private final Map<LocalDate, RunState> runs = new HashMap<>();

    @Test
    @DisplayName("after three days of downtime, the missing days are due, oldest first")
    void missingDays() {
        completedAfterItsDay(TODAY.minusDays(4));
        assertEquals(List.of(DueRun.fresh(TODAY.minusDays(3)), DueRun.fresh(TODAY.minusDays(2)),
                DueRun.fresh(TODAY.minusDays(1))), due(at(TODAY, 9, 0), 4));
    }

    @Test
    @DisplayName("days outside the window are left alone")
    void window() {
        assertEquals(List.of(DueRun.fresh(TODAY.minusDays(2)), DueRun.fresh(TODAY.minusDays(1))),
                due(at(TODAY, 9, 0), 2));
    }

    @Test
    @DisplayName("today is due once the daily time has come, in the company's zone")
    void today() {
        everyPastDayDone(7);
        assertEquals(List.of(), due(at(TODAY, 23, 29), 7));
        assertEquals(List.of(DueRun.fresh(TODAY)), due(at(TODAY, 23, 30), 7));
        // 23:30 in Shanghai is 15:30 UTC of the same date.
        assertEquals(List.of(DueRun.fresh(TODAY)), due(TODAY.atTime(15, 30).toInstant(java.time.ZoneOffset.UTC), 7));
    }

    @Test
    @DisplayName("a report written before its day ended is written again once the day is over")
    void preliminary() {
        everyPastDayDone(7);
        LocalDate yesterday = TODAY.minusDays(1);
        runs.put(yesterday, new RunState(yesterday, RunState.COMPLETED, 41L, at(yesterday, 23, 30),
                at(yesterday, 23, 30)));
        assertEquals(List.of(DueRun.fresh(yesterday)), due(at(TODAY, 9, 0), 7));
    }

    @Test
    @DisplayName("today's run at noon by a Boss does not replace the nightly run")
    void todayRunEarlier() {
        everyPastDayDone(7);
        runs.put(TODAY, new RunState(TODAY, RunState.COMPLETED, 42L, at(TODAY, 12, 0), at(TODAY, 12, 0)));
        assertEquals(List.of(DueRun.fresh(TODAY)), due(at(TODAY, 23, 30), 7));
        runs.put(TODAY, new RunState(TODAY, RunState.COMPLETED, 43L, at(TODAY, 23, 30), at(TODAY, 23, 30)));
        assertEquals(List.of(), due(at(TODAY, 23, 45), 7));
    }

    @Test
    @DisplayName("a failed run restarts from its checkpoint; a failed claim without an execution starts anew")
    void failed() {
        everyPastDayDone(7);
        LocalDate failed = TODAY.minusDays(2);
        LocalDate unstarted = TODAY.minusDays(1);
        runs.put(failed, new RunState(failed, RunState.FAILED, 77L, at(failed.plusDays(1), 0, 5),
                at(failed.plusDays(1), 0, 5)));
        runs.put(unstarted, new RunState(unstarted, RunState.FAILED, null, at(TODAY, 0, 5), at(TODAY, 0, 5)));
        assertEquals(List.of(new DueRun(failed, 77L), DueRun.fresh(unstarted)), due(at(TODAY, 9, 0), 7));
    }

    @Test
    @DisplayName("a running report is left alone until it has run for longer than a run takes")
    void running() {
        everyPastDayDone(7);
        LocalDate yesterday = TODAY.minusDays(1);
        runs.put(yesterday, new RunState(yesterday, RunState.RUNNING, 50L, at(TODAY, 8, 0), at(TODAY, 8, 0)));
        assertEquals(List.of(), due(at(TODAY, 9, 59), 7));
        assertEquals(List.of(DueRun.fresh(yesterday)), due(at(TODAY, 10, 1), 7));
    }

    private List<DueRun> due(Instant now, int days) {
        return CatchUpPlan.due(now, SHANGHAI, RUN_AT, days, runs);
    }

    private void everyPastDayDone(int days) {
        for (int i = 1; i <= days; i++) {
            completedAfterItsDay(TODAY.minusDays(i));
        }
    }

    private void completedAfterItsDay(LocalDate date) {
        Instant after = at(date.plusDays(1), 0, 1);
        runs.put(date, new RunState(date, RunState.COMPLETED, 1L, after, after));
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return LocalDateTime.of(date, LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
    }
}
