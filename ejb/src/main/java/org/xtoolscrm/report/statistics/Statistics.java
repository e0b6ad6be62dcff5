package org.xtoolscrm.report.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The result of a statistics query, which the page draws as a chart and a table and exports.
 *
 * @param currency     the company currency of the amounts
 * @param series       the columns that split each row, such as the activity types; empty for most statistics
 * @param rows         the rows in the order shown
 * @param totalCount   the records counted over all rows
 * @param totalAmount  their amount in the company currency; null where the statistic has none
 * @param seriesTotals the count per series over all rows
 * @param unconverted  currencies without a rate, whose amounts are left out of the amounts
 */
public record Statistics(StatisticsQuery query, String currency, List<StatisticsGroup> series,
                         List<StatisticsRow> rows, long totalCount, BigDecimal totalAmount,
                         List<Long> seriesTotals, Set<String> unconverted) implements Serializable {

    public Statistics {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        seriesTotals = List.copyOf(seriesTotals);
        unconverted = Set.copyOf(unconverted);
    }

    public StatisticsReport report() {
        return query.report();
    }
}
