package org.xtoolscrm.report.daily.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xtoolscrm.report.daily.DayWindow;

/**
 * Decides which dates need a run, at every nightly run and every start of the server. A past
 * day in the window needs one when it has no run or its run failed (then restarted from its
 * checkpoint). It also needs one when its run started before the day ended (a preliminary
 * report), or has been running for longer than a run can take (the server stopped under it).
 * Today needs one once the daily time has come, unless a run counted records from that time on.
 */
final class CatchUpPlan {

    /** A run claimed longer ago than this and still running was cut off by a stop of the server. */
    static final Duration STALE_AFTER = Duration.ofHours(2);

    private CatchUpPlan() {
    }

    /**
     * Returns the runs due, oldest date first.
     *
     * @param days how many days before today are checked
     * @param runs the runs of those days and of today, by date
     */
    static List<DueRun> due(Instant now, ZoneId zone, LocalTime runAt, int days, Map<LocalDate, RunState> runs) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<DueRun> due = new ArrayList<>();
        for (LocalDate date = today.minusDays(days); date.isBefore(today); date = date.plusDays(1)) {
            dueRun(date, runs.get(date), DayWindow.of(date, zone).end(), now).ifPresent(due::add);
        }
        Instant todaysRun = today.atTime(runAt).atZone(zone).toInstant();
        if (!now.isBefore(todaysRun)) {
            dueRun(today, runs.get(today), todaysRun, now).ifPresent(due::add);
        }
        return due;
    }

    /** Returns the run a date needs when its report must count the records made before {@code countUntil}. */
    private static Optional<DueRun> dueRun(LocalDate date, RunState run, Instant countUntil, Instant now) {
        if (run == null) {
            return Optional.of(DueRun.fresh(date));
        }
        if (run.isRunning()) {
            boolean stale = run.startedAt().isBefore(now.minus(STALE_AFTER));
            return stale ? Optional.of(DueRun.fresh(date)) : Optional.empty();
        }
        if (!run.isCompleted()) {
            return Optional.of(new DueRun(date, run.executionId()));
        }
        return run.dataUntil().isBefore(countUntil) ? Optional.of(DueRun.fresh(date))
                : Optional.empty();
    }
}
