package org.xtoolscrm.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.xtoolscrm.money.ConvertedSum;
import org.xtoolscrm.money.Rates;

/**
 * Builds the performance ranking from the sums per user and currency. Each user's and each
 * team's amounts are converted exactly and rounded once, half-even, to the cent. Users rank
 * by payments received, then by contract amount; equal payments share a rank, and the next
 * rank skips as many places (1, 1, 3).
 */
public final class RankingArithmetic {

    private RankingArithmetic() {
    }

    /**
     * @param members   every user the ranking shows, with their team
     * @param payments  the payments per handling user and currency
     * @param contracts the signed contracts per owner and currency
     */
    public static Ranking build(LocalDate from, LocalDate to, Map<Long, TeamMember> members,
                                List<UserMoney> payments, List<UserMoney> contracts, Rates rates) {
        Set<String> unconverted = new TreeSet<>();
        List<Totals> users = new ArrayList<>();
        for (TeamMember member : members.values()) {
            users.add(Totals.of(member, rates, filter(payments, member.userId()), filter(contracts, member.userId()),
                    unconverted));
        }
        Map<Long, List<Long>> teamUsers = new LinkedHashMap<>();
        members.values().forEach(member -> teamUsers.computeIfAbsent(member.leadId(), key -> new ArrayList<>())
                .add(member.userId()));
        List<Totals> teams = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> team : teamUsers.entrySet()) {
            TeamMember first = members.get(team.getValue().get(0));
            TeamMember lead = new TeamMember(team.getKey(), first.leadName(), team.getKey(), first.leadName());
            teams.add(Totals.of(lead, rates, filter(payments, team.getValue()), filter(contracts, team.getValue()),
                    unconverted));
        }
        Totals all = Totals.of(null, rates, payments, contracts, unconverted);
        return new Ranking(from, to, rates.companyCurrency(), ranked(users), ranked(teams), all.received,
                all.count, all.amount, unconverted);
    }

    private static List<RankingRow> ranked(List<Totals> totals) {
        List<Totals> sorted = new ArrayList<>(totals);
        sorted.sort(Comparator.comparing((Totals t) -> t.received).reversed()
                .thenComparing(Comparator.comparing((Totals t) -> t.amount).reversed())
                .thenComparing(t -> t.member.name()));
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Totals current = sorted.get(i);
            int rank = i > 0 && current.received.compareTo(sorted.get(i - 1).received) == 0
                    ? rows.get(i - 1).rank() : i + 1;
            rows.add(new RankingRow(rank, current.member, current.received, current.count, current.amount));
        }
        return rows;
    }

    private static List<UserMoney> filter(List<UserMoney> sums, long userId) {
        return sums.stream().filter(sum -> sum.userId() == userId).toList();
    }

    private static List<UserMoney> filter(List<UserMoney> sums, List<Long> userIds) {
        return sums.stream().filter(sum -> userIds.contains(sum.userId())).toList();
    }

    /** The converted sums of one user, one team or everyone. */
    private record Totals(TeamMember member, BigDecimal received, long count, BigDecimal amount) {

        static Totals of(TeamMember member, Rates rates, List<UserMoney> payments, List<UserMoney> contracts,
                         Set<String> unconverted) {
            ConvertedSum received = sum(rates, payments, UserMoney::amount);
            ConvertedSum amount = sum(rates, contracts, UserMoney::amount);
            unconverted.addAll(received.unconverted());
            unconverted.addAll(amount.unconverted());
            long count = contracts.stream().mapToLong(UserMoney::count).sum();
            return new Totals(member, received.rounded(), count, amount.rounded());
        }

        private static ConvertedSum sum(Rates rates, List<UserMoney> sums, Function<UserMoney, BigDecimal> value) {
            ConvertedSum sum = new ConvertedSum(rates);
            sums.forEach(row -> sum.add(row.currency(), value.apply(row)));
            return sum;
        }
    }
}
