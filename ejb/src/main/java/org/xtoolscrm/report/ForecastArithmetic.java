package org.xtoolscrm.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.xtoolscrm.money.ConvertedSum;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.opportunity.Stage;
import org.xtoolscrm.opportunity.StageList;

/**
 * Turns the database's sums into the forecast. Each line keeps exact sums and rounds each
 * cell once, so a team's cell is its members' exact amounts rounded, not a sum of rounded
 * cells.
 */
final class ForecastArithmetic {

    private ForecastArithmetic() {
    }

    /**
     * @param expected the open and won deals by owner, stage, currency and expected signing date
     * @param won      the won deals by owner, currency and the day they were won
     * @param members  every owner that appears in the sums
     */
    static Forecast build(List<ForecastPeriod> periods, StageList stages, List<DealAmount> expected,
                          List<DealAmount> won, Map<Long, TeamMember> members, Rates rates) {
        Map<Long, Sums> byUser = new LinkedHashMap<>();
        Map<Long, Sums> byTeam = new LinkedHashMap<>();
        Sums total = new Sums(periods.size(), rates);

        for (DealAmount amount : expected) {
            BigDecimal factor = stages.find(amount.stage()).map(Stage::probability).map(Percentages::factor)
                    .orElse(BigDecimal.ZERO);
            forEachPeriod(periods, amount, i -> sumsOf(byUser, byTeam, total, members.get(amount.ownerId()),
                    periods.size(), rates).forEach(sums -> sums.expected[i].add(amount.currency(), amount.amount(),
                    factor)));
        }
        for (DealAmount amount : won) {
            forEachPeriod(periods, amount, i -> sumsOf(byUser, byTeam, total, members.get(amount.ownerId()),
                    periods.size(), rates).forEach(sums -> sums.won[i].add(amount.currency(), amount.amount())));
        }

        Comparator<TeamMember> order = Comparator.comparing(TeamMember::leadName)
                .thenComparing(member -> member.userId() != member.leadId())
                .thenComparing(TeamMember::name)
                .thenComparingLong(TeamMember::userId);
        List<ForecastLine> users = byUser.keySet().stream().map(members::get).sorted(order)
                .map(member -> byUser.get(member.userId()).line(member.userId(), member.name(), member.leadName()))
                .toList();
        List<ForecastLine> teams = new ArrayList<>();
        byTeam.forEach((leadId, sums) -> {
            String leadName = members.values().stream().filter(member -> member.leadId() == leadId).findFirst()
                    .map(TeamMember::leadName).orElse("");
            teams.add(sums.line(leadId, leadName, leadName));
        });
        teams.sort(Comparator.comparing(ForecastLine::name).thenComparing(ForecastLine::userId));

        Set<String> unconverted = new HashSet<>(total.unconverted());
        return new Forecast(rates.companyCurrency(), periods, users, teams, total.line(null, null, null),
                unconverted);
    }

    private static void forEachPeriod(List<ForecastPeriod> periods, DealAmount amount,
                                      IntConsumer action) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(amount.day())) {
                action.accept(i);
            }
        }
    }

    private static List<Sums> sumsOf(Map<Long, Sums> byUser, Map<Long, Sums> byTeam, Sums total, TeamMember member,
                                     int periods, Rates rates) {
        return List.of(byUser.computeIfAbsent(member.userId(), id -> new Sums(periods, rates)),
                byTeam.computeIfAbsent(member.leadId(), id -> new Sums(periods, rates)), total);
    }

    /** The exact sums of one line, one pair per period. */
    private static final class Sums {
        private final ConvertedSum[] expected;
        private final ConvertedSum[] won;

        Sums(int periods, Rates rates) {
            expected = new ConvertedSum[periods];
            won = new ConvertedSum[periods];
            for (int i = 0; i < periods; i++) {
                expected[i] = new ConvertedSum(rates);
                won[i] = new ConvertedSum(rates);
            }
        }

        ForecastLine line(Long userId, String name, String team) {
            List<ForecastCell> cells = new ArrayList<>();
            for (int i = 0; i < expected.length; i++) {
                cells.add(new ForecastCell(expected[i].rounded(), won[i].rounded()));
            }
            return new ForecastLine(userId, name, team, cells);
        }

        Set<String> unconverted() {
            Set<String> currencies = new HashSet<>();
            for (int i = 0; i < expected.length; i++) {
                currencies.addAll(expected[i].unconverted());
                currencies.addAll(won[i].unconverted());
            }
            return currencies;
        }
    }
}
