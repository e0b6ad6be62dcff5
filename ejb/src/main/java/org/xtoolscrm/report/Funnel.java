package org.xtoolscrm.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The sales funnel over the deals whose expected signing date lies in a period: one row per
 * open stage, top to bottom, then the won and lost deals.
 *
 * @param currency     the company currency all amounts are in
 * @param open         the open stages in order
 * @param won          the won deals; its {@code reached} counts every deal that was ever won
 * @param lost         the lost deals
 * @param openCount    the count of open deals
 * @param openAmount   their amount
 * @param openWeighted their weighted amount
 * @param unconverted  currencies without a rate, whose amounts are left out of every sum
 */
public record Funnel(LocalDate from, LocalDate to, String currency, List<FunnelStage> open, FunnelStage won,
                     FunnelStage lost, long openCount, BigDecimal openAmount, BigDecimal openWeighted,
                     Set<String> unconverted) implements Serializable {

    public Funnel {
        open = List.copyOf(open);
        unconverted = Set.copyOf(unconverted);
    }
}
