package org.xtoolscrm.report.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a statistic.
 *
 * @param count        the records counted in the row
 * @param amount       their amount in the company currency, rounded to the cent; null where the statistic has none
 * @param share        the row's count in percent of the total count, one decimal; null where the statistic has
 *                     none or the total is zero
 * @param seriesCounts the count per series of {@link Statistics#series()}, in that order; empty without series
 */
public record StatisticsRow(StatisticsGroup group, long count, BigDecimal amount, BigDecimal share,
                            List<Long> seriesCounts) implements Serializable {

    public StatisticsRow {
        seriesCounts = List.copyOf(seriesCounts);
    }
}
