package org.xtoolscrm.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xtoolscrm.money.ConvertedSum;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.Stage;
import org.xtoolscrm.opportunity.StageList;

/**
 * Turns the database's sums into the funnel: amounts converted into the company currency,
 * weighted by the stages' probabilities, shares of the open total, and the conversion from
 * each stage to the next.
 *
 * <p>Conversion counts deals by the furthest stage their history reached, so a deal that
 * skipped a stage still counts as having passed it, and a deal that moved back still counts
 * for the stage it had reached. The last open stage converts into won.
 */
final class FunnelArithmetic {

    private FunnelArithmetic() {
    }

    /**
     * @param totals  the covered deals per current stage and currency
     * @param reached per stage code, the covered deals whose history reached that stage or a later
     *                one. Its keys are the open stages and the WON stage.
     */
    static Funnel build(LocalDate from, LocalDate to, StageList stages, List<StageTotal> totals,
                        Map<String, Long> reached, Rates rates) {
        Set<String> unconverted = new HashSet<>();
        List<Stage> open = stages.open();

        long openCount = 0;
        ConvertedSum openAmount = new ConvertedSum(rates);
        ConvertedSum openWeighted = new ConvertedSum(rates);
        for (StageTotal total : totals) {
            Optional<Stage> stage = stages.find(total.stage()).filter(Stage::isOpen);
            if (stage.isPresent()) {
                openCount += total.count();
                openAmount.add(total.currency(), total.amount());
                openWeighted.add(total.currency(), total.amount(), Percentages.factor(stage.get().probability()));
            }
        }

        Stage wonStage = stages.withOutcome(OpportunityOutcome.WON).orElseThrow();
        Stage lostStage = stages.withOutcome(OpportunityOutcome.LOST).orElseThrow();
        List<FunnelStage> rows = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Stage stage = open.get(i);
            Stage next = i + 1 < open.size() ? open.get(i + 1) : wonStage;
            rows.add(row(stage, totals, rates, unconverted, openCount, openAmount.exact(),
                    reached.getOrDefault(stage.code(), 0L), reached.getOrDefault(next.code(), 0L)));
        }
        FunnelStage won = closedRow(wonStage, OpportunityOutcome.WON, stages, totals, rates, unconverted,
                reached.getOrDefault(wonStage.code(), 0L));
        FunnelStage lost = closedRow(lostStage, OpportunityOutcome.LOST, stages, totals, rates, unconverted, 0);
        unconverted.addAll(openAmount.unconverted());
        return new Funnel(from, to, rates.companyCurrency(), rows, won, lost, openCount, openAmount.rounded(),
                openWeighted.rounded(), unconverted);
    }

    private static FunnelStage row(Stage stage, List<StageTotal> totals, Rates rates, Set<String> unconverted,
                                   long openCount, BigDecimal openAmount, long reached, long reachedNext) {
        long count = 0;
        ConvertedSum amount = new ConvertedSum(rates);
        ConvertedSum weighted = new ConvertedSum(rates);
        for (StageTotal total : totals) {
            if (total.stage().equals(stage.code())) {
                count += total.count();
                amount.add(total.currency(), total.amount());
                weighted.add(total.currency(), total.amount(), Percentages.factor(stage.probability()));
            }
        }
        unconverted.addAll(amount.unconverted());
        BigDecimal conversion = reached == 0 ? null : Percentages.of(reachedNext, reached);
        return new FunnelStage(stage, count, amount.rounded(), weighted.rounded(), Percentages.of(count, openCount),
                Percentages.of(amount.exact(), openAmount), reached, conversion);
    }

    /** Sums every stage with the given outcome, since a Boss may keep more than one. */
    private static FunnelStage closedRow(Stage shown, OpportunityOutcome outcome, StageList stages,
                                         List<StageTotal> totals, Rates rates, Set<String> unconverted,
                                         long reached) {
        long count = 0;
        ConvertedSum amount = new ConvertedSum(rates);
        for (StageTotal total : totals) {
            if (stages.find(total.stage()).map(stage -> stage.outcome() == outcome).orElse(false)) {
                count += total.count();
                amount.add(total.currency(), total.amount());
            }
        }
        unconverted.addAll(amount.unconverted());
        BigDecimal weighted = outcome == OpportunityOutcome.WON ? amount.rounded() : Rates.toCent(BigDecimal.ZERO);
        return new FunnelStage(shown, count, amount.rounded(), weighted, null, null, reached, null);
    }
}
