package org.xtoolscrm.report.statistics;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Checks a statistics query: its period, and its conditions by {@link ConditionRules}. */
public final class StatisticsRules {

    /** The maximum months a statistic by month spans, so that its chart stays readable. */
    public static final int MAX_MONTHS = 60;

    private StatisticsRules() {
    }

    /** Returns every problem of the query: those of the period first, then those of the conditions. */
    public static List<StatisticsProblem> problems(StatisticsQuery query) {
        List<StatisticsProblem> problems = new ArrayList<>();
        boolean bothDates = query.from() != null && query.to() != null;
        if (bothDates && query.to().isBefore(query.from())) {
            problems.add(StatisticsProblem.ofQuery(StatisticsError.DATES_REVERSED));
        } else if (query.report().byMonth() && !bothDates) {
            problems.add(StatisticsProblem.ofQuery(StatisticsError.DATES_MISSING));
        } else if (query.report().byMonth() && months(query) > MAX_MONTHS) {
            problems.add(StatisticsProblem.ofQuery(StatisticsError.PERIOD_TOO_LONG));
        }
        problems.addAll(ConditionRules.problems(query.conditions(), query.report().subject()));
        return problems;
    }

    /** Returns the number of calendar months the period touches, both ends included. */
    static long months(StatisticsQuery query) {
        return ChronoUnit.MONTHS.between(YearMonth.from(query.from()), YearMonth.from(query.to())) + 1;
    }
}
