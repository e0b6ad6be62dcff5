package org.xtoolscrm.report.statistics;

import java.io.Serializable;

/**
 * One problem of a statistics query, named so that the page can point at it.
 *
 * @param position the condition's number, counted from 1 as the rows appear, or 0 for the query itself
 * @param field    the condition's field, or null for a problem of the query or a row without a field
 * @param value    the rejected value, or null
 */
public record StatisticsProblem(int position, ConditionField field, StatisticsError error, String value)
        implements Serializable {

    /** Returns a problem of the query as a whole, such as its dates. */
    public static StatisticsProblem ofQuery(StatisticsError error) {
        return new StatisticsProblem(0, null, error, null);
    }

    /** Returns whether the problem belongs to one condition rather than to the query. */
    public boolean isCondition() {
        return position > 0;
    }
}
