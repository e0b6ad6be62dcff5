package org.xtoolscrm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.opportunity.Stages;

/**
 * The funnel on a hand-computed set of six deals:
 * A (CNY 100,000) went initial contact, needs confirmed, proposal;
 * B (USD 10,000) went initial contact, proposal, negotiation, skipping a stage;
 * C (CNY 50,000) went initial contact, proposal, back to needs confirmed;
 * D (CNY 20,000) went through every stage to won;
 * E (CNY 30,000) went initial contact, needs confirmed, lost;
 * F (EUR 5,000) is in initial contact, and EUR has no rate.
 * The furthest stages reached are proposal, negotiation, proposal, won, needs confirmed
 * and initial contact, so 6, 5, 4 and 2 deals reached the four open stages and 1 was won.
 */
@DisplayName("Funnel arithmetic")
class FunnelArithmeticTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Rates RATES = new Rates("CNY", Map.of("USD", new BigDecimal("7.123456")));

    private static Funnel funnel() {
        List<StageTotal> totals = List.of(
                new StageTotal("PROPOSAL", "CNY", 1L, new BigDecimal("100000.00")),
                new StageTotal("NEGOTIATION", "USD", 1L, new BigDecimal("10000.00")),
                new StageTotal("NEEDS_CONFIRMED", "CNY", 1L, new BigDecimal("50000.00")),
                new StageTotal("WON", "CNY", 1L, new BigDecimal("20000.00")),
                new StageTotal("LOST", "CNY", 1L, new BigDecimal("30000.00")),
                new StageTotal("INITIAL_CONTACT", "EUR", 1L, new BigDecimal("5000.00")));
        Map<String, Long> reached = Map.of("INITIAL_CONTACT", 6L, "NEEDS_CONFIRMED", 5L, "PROPOSAL", 4L,
                "NEGOTIATION", 2L, "WON", 1L);
        return FunnelArithmetic.build(FROM, TO, Stages.seeded(), totals, reached, RATES);
    }

    @Test
    void countsAndAmountsPerOpenStage() {
        Funnel funnel = funnel();

        assertEquals(List.of(1L, 1L, 1L, 1L), funnel.open().stream().map(FunnelStage::count).toList());
        assertEquals(List.of(new BigDecimal("0.00"), new BigDecimal("50000.00"), new BigDecimal("100000.00"),
                new BigDecimal("71234.56")), funnel.open().stream().map(FunnelStage::amount).toList());
        assertEquals(4, funnel.openCount());
        assertEquals(new BigDecimal("221234.56"), funnel.openAmount());
        assertEquals("CNY", funnel.currency());
    }

    @Test
    void weightedByProbabilityAndRoundedOnce() {
        Funnel funnel = funnel();

        assertEquals(List.of(new BigDecimal("0.00"), new BigDecimal("15000.00"), new BigDecimal("50000.00"),
                new BigDecimal("49864.19")), funnel.open().stream().map(FunnelStage::weighted).toList());
        // 15,000 + 50,000 + 49,864.192 rounds to 114,864.19
        assertEquals(new BigDecimal("114864.19"), funnel.openWeighted());
    }

    @Test
    void sharesOfTheOpenTotal() {
        Funnel funnel = funnel();

        assertEquals(List.of(new BigDecimal("0.0"), new BigDecimal("22.6"), new BigDecimal("45.2"),
                new BigDecimal("32.2")), funnel.open().stream().map(FunnelStage::shareOfAmount).toList());
        assertEquals(List.of(new BigDecimal("25.0"), new BigDecimal("25.0"), new BigDecimal("25.0"),
                new BigDecimal("25.0")), funnel.open().stream().map(FunnelStage::shareOfCount).toList());
    }

    @Test
    void conversionFromStageHistory() {
        Funnel funnel = funnel();

        assertEquals(List.of(6L, 5L, 4L, 2L), funnel.open().stream().map(FunnelStage::reached).toList());
        // 5 of 6, 4 of 5, 2 of 4, and 1 of 2 into won
        assertEquals(List.of(new BigDecimal("83.3"), new BigDecimal("80.0"), new BigDecimal("50.0"),
                new BigDecimal("50.0")), funnel.open().stream().map(FunnelStage::conversion).toList());
    }

    @Test
    void wonAndLostRows() {
        Funnel funnel = funnel();

        assertEquals(1, funnel.won().count());
        assertEquals(new BigDecimal("20000.00"), funnel.won().amount());
        assertEquals(1, funnel.won().reached());
        assertEquals(1, funnel.lost().count());
        assertEquals(new BigDecimal("30000.00"), funnel.lost().amount());
        assertEquals(new BigDecimal("0.00"), funnel.lost().weighted());
    }

    @Test
    void currencyWithoutRateIsReportedNotSummed() {
        assertEquals(Set.of("EUR"), funnel().unconverted());
    }

    @Test
    void emptyPeriodHasNoSharesOrConversion() {
        Funnel funnel = FunnelArithmetic.build(FROM, TO, Stages.seeded(), List.of(), Map.of(), RATES);

        assertEquals(0, funnel.openCount());
        assertEquals(new BigDecimal("0.00"), funnel.openAmount());
        assertNull(funnel.open().get(0).shareOfAmount());
        assertNull(funnel.open().get(0).conversion());
    }
}
