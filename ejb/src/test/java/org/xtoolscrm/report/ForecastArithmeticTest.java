package org.xtoolscrm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.money.Rates;
import org.xtoolscrm.opportunity.Stages;

/**
 * The forecast from 15 November 2026 on a hand-computed set: its periods are November,
 * December and January, then Q4 2026 and Q1 2027. Sales 1 and 2 report to Manager One,
 * Sales 3 to Manager Two. USD converts at 7.123456.
 */
@DisplayName("Forecast arithmetic")
class ForecastArithmeticTest {

    private static final long M1 = 1;
    private static final long S1 = 2;
    private static final long S2 = 3;
    private static final long M2 = 4;
    private static final long S3 = 5;

    private static Forecast forecast() {
        List<DealAmount> expected = List.of(
                amount(S1, "PROPOSAL", "CNY", "2026-11-20", "100000.00"),
                amount(S1, "WON", "CNY", "2026-12-05", "20000.00"),
                amount(S2, "NEGOTIATION", "USD", "2027-01-10", "1000.00"),
                amount(M1, "INITIAL_CONTACT", "CNY", "2027-03-31", "55555.55"),
                amount(S3, "PROPOSAL", "CNY", "2026-11-30", "1000.01"),
                // outside every period
                amount(S3, "PROPOSAL", "CNY", "2027-04-01", "9999.00"));
        List<DealAmount> won = List.of(
                amount(S1, "WON", "CNY", "2026-11-03", "20000.00"),
                amount(S3, "WON", "CNY", "2026-10-15", "3000.00"));
        Map<Long, TeamMember> members = Map.of(
                M1, new TeamMember(M1, "Manager One", M1, "Manager One"),
                S1, new TeamMember(S1, "Sales One", M1, "Manager One"),
                S2, new TeamMember(S2, "Sales Two", M1, "Manager One"),
                M2, new TeamMember(M2, "Manager Two", M2, "Manager Two"),
                S3, new TeamMember(S3, "Sales Three", M2, "Manager Two"));
        return ForecastArithmetic.build(ForecastPeriod.from(LocalDate.of(2026, 11, 15)), Stages.seeded(), expected,
                won, members, new Rates("CNY", Map.of("USD", new BigDecimal("7.123456"))));
    }

    private static DealAmount amount(long owner, String stage, String currency, String day, String amount) {
        return new DealAmount(owner, stage, currency, LocalDate.parse(day), new BigDecimal(amount));
    }

    @Test
    void periodsAreThreeMonthsThenTwoQuarters() {
        List<ForecastPeriod> periods = ForecastPeriod.from(LocalDate.of(2026, 11, 15));

        assertEquals(List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)),
                periods.stream().map(ForecastPeriod::from).toList());
        assertEquals(LocalDate.of(2027, 3, 31), periods.get(4).to());
        assertEquals(List.of(false, false, false, true, true),
                periods.stream().map(ForecastPeriod::quarter).toList());
        assertEquals(4, periods.get(3).quarterNumber());
    }

    @Test
    void userLineExpectedAndWon() {
        ForecastLine salesOne = line(forecast().users(), S1);

        assertEquals(cells("50000.00", "20000.00", "20000.00", "0.00", "0.00", "0.00", "70000.00", "20000.00",
                "0.00", "0.00"), salesOne.cells());
        assertEquals("Manager One", salesOne.team());
    }

    @Test
    void teamCellRoundsTheExactSumOnce() {
        ForecastLine teamOne = line(forecast().teams(), M1);

        // Q1: 1,000 USD x 7.123456 x 0.7 = 4,986.4192 plus 55,555.55 x 0.1 = 5,555.555: 10,541.9742
        assertEquals(cells("50000.00", "20000.00", "20000.00", "0.00", "4986.42", "0.00", "70000.00", "20000.00",
                "10541.97", "0.00"), teamOne.cells());
    }

    @Test
    void otherTeamAndTotal() {
        Forecast forecast = forecast();

        // 1,000.01 x 0.5 = 500.005, half to even 500.00
        assertEquals(cells("500.00", "0.00", "0.00", "0.00", "0.00", "0.00", "500.00", "3000.00", "0.00", "0.00"),
                line(forecast.teams(), M2).cells());
        assertEquals(cells("50500.00", "20000.00", "20000.00", "0.00", "4986.42", "0.00", "70500.00", "23000.00",
                "10541.97", "0.00"), forecast.total().cells());
    }

    @Test
    void usersGroupedByTeamWithTheLeadFirst() {
        assertEquals(List.of(M1, S1, S2, S3), forecast().users().stream().map(ForecastLine::userId).toList());
        assertEquals(List.of("Manager One", "Manager Two"),
                forecast().teams().stream().map(ForecastLine::name).toList());
    }

    private static ForecastLine line(List<ForecastLine> lines, long userId) {
        return lines.stream().filter(line -> line.userId() == userId).findFirst().orElseThrow();
    }

    private static List<ForecastCell> cells(String... values) {
        List<ForecastCell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i += 2) {
            cells.add(new ForecastCell(new BigDecimal(values[i]), new BigDecimal(values[i + 1])));
        }
        return cells;
    }
}
