package org.xtoolscrm.report.daily;

import java.io.Serializable;
import java.util.List;

/**
 * A daily, weekly or monthly report as one caller may see it: a line per user, ranked, the
 * team and overall averages, the activity types that occur, the users whose days could not
 * be reported, and the runs that wrote the period's days.
 *
 * @param currency the company currency, in which every amount is
 * @param runs the runs of the period's days, by date; a day without a run has no report yet
 */
public record DailyReportSummary(ReportPeriod period, Figure rankedBy, String currency, List<DailyReportLine> lines,
                                 List<TeamAverage> teams, TeamAverage overall, List<String> activityTypes,
                                 List<UserProblem> problems, List<DailyReportRun> runs) implements Serializable {

    public DailyReportSummary {
        lines = List.copyOf(lines);
        teams = List.copyOf(teams);
        activityTypes = List.copyOf(activityTypes);
        problems = List.copyOf(problems);
        runs = List.copyOf(runs);
    }

    /** Returns whether any day of the period has been reported. */
    public boolean isReported() {
        return !runs.isEmpty();
    }
}
