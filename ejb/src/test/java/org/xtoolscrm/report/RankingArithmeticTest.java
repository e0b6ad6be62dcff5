package org.xtoolscrm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.money.Rates;

class RankingArithmeticTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static Map<Long, TeamMember> members() {
        Map<Long, TeamMember> members = new LinkedHashMap<>();
        members.put(10L, new TeamMember(10, "Wang Lei", 10, "Wang Lei"));
        members.put(11L, new TeamMember(11, "Li Na", 10, "Wang Lei"));
        members.put(12L, new TeamMember(12, "Zhang Wei", 10, "Wang Lei"));
        members.put(20L, new TeamMember(20, "Chen Jing", 20, "Chen Jing"));
        members.put(21L, new TeamMember(21, "Liu Yang", 20, "Chen Jing"));
        return members;
    }

    @Test
    @DisplayName("Users and teams rank by payments received, converted and rounded once")
    void handComputedExample() {
        Rates rates = new Rates("CNY", Map.of("USD", new BigDecimal("7.123456")));
        List<UserMoney> payments = List.of(
                new UserMoney(11L, "CNY", 2L, money("50000.00")),
                new UserMoney(11L, "USD", 1L, money("1000.00")),
                new UserMoney(12L, "CNY", 1L, money("57123.46")),
                new UserMoney(21L, "CNY", 3L, money("30000.10")),
                new UserMoney(21L, "NOK", 1L, money("999.00")));
        List<UserMoney> contracts = List.of(
                new UserMoney(11L, "CNY", 2L, money("200000.00")),
                new UserMoney(21L, "USD", 1L, money("0.05")),
                new UserMoney(10L, "CNY", 1L, money("10000.00")));

        Ranking ranking = RankingArithmetic.build(FROM, TO, members(), payments, contracts, rates);

        // Li Na: 50,000 + 1,000 × 7.123456 = 57,123.456 → 57,123.46, the same as Zhang Wei: they share rank 1.
        List<RankingRow> users = ranking.users();
        assertEquals(List.of("Li Na", "Zhang Wei", "Liu Yang", "Wang Lei", "Chen Jing"),
                users.stream().map(row -> row.member().name()).toList());
        assertEquals(List.of(1, 1, 3, 4, 4), users.stream().map(RankingRow::rank).toList());
        assertEquals(money("57123.46"), users.get(0).received());
        assertEquals(2L, users.get(0).contractCount());
        assertEquals(money("200000.00"), users.get(0).contractAmount());
        assertEquals(money("30000.10"), users.get(2).received(), "NOK has no rate and is left out");
        assertEquals(money("0.36"), users.get(2).contractAmount(), "0.05 × 7.123456 = 0.3561728");

        // Team sums convert the exact amounts: 57,123.456 + 57,123.46 = 114,246.916 → 114,246.92.
        assertEquals(List.of("Wang Lei", "Chen Jing"),
                ranking.teams().stream().map(row -> row.member().name()).toList());
        assertEquals(money("114246.92"), ranking.teams().get(0).received());
        assertEquals(3L, ranking.teams().get(0).contractCount());
        assertEquals(money("210000.00"), ranking.teams().get(0).contractAmount());
        assertEquals(money("144247.02"), ranking.received(), "114,246.916 + 30,000.10");
        assertEquals(4L, ranking.contractCount());
        assertEquals(Set.of("NOK"), ranking.unconverted());
    }

    @Test
    @DisplayName("Users without records are listed with zeros, last")
    void emptyPeriod() {
        Ranking ranking = RankingArithmetic.build(FROM, TO, members(), List.of(), List.of(), new Rates("CNY", Map.of()));

        assertEquals(5, ranking.users().size());
        assertEquals(List.of(1, 1, 1, 1, 1), ranking.users().stream().map(RankingRow::rank).toList());
        assertEquals(money("0.00"), ranking.received());
    }
}
