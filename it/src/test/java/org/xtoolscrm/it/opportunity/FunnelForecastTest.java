package org.xtoolscrm.it.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityForm;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.report.Forecast;
import org.xtoolscrm.report.ForecastCell;
import org.xtoolscrm.report.ForecastLine;
import org.xtoolscrm.report.ForecastService;
import org.xtoolscrm.report.Funnel;
import org.xtoolscrm.report.FunnelStage;
import org.xtoolscrm.report.FunnelService;

/**
 * The funnel and the forecast on a hand-computed set of deals, created and moved through
 * the service so their stage history is the one the server writes. In a month P that only
 * this run uses, the first of a quarter:
 *
 * <pre>
 * A salesA1   100,000 CNY  initial contact, needs confirmed, proposal
 * B salesA2    10,000 CHF  initial contact, proposal, negotiation (skips a stage)
 * C salesA1    50,000 CNY  initial contact, proposal, needs confirmed (moves back)
 * D salesA2    20,000 CNY  every stage to won, won on the 4th of P
 * E managerA   30,000 CNY  initial contact, needs confirmed, lost
 * F salesA1     5,000 SEK  initial contact; SEK has no rate
 * G salesB1   999,999 CNY  initial contact, negotiation: another team
 * H salesA1     7,777 CNY  initial contact, expected in the month after P
 * </pre>
 *
 * CHF converts at 7.123456. Team A's furthest stages are proposal, negotiation, proposal,
 * won, needs confirmed and initial contact: 6, 5, 4 and 2 deals reached the open stages and
 * 1 was won.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Funnel and forecast on the server")
class FunnelForecastTest {

    private static TestTeam team;
    private static LocalDate monthStart;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FunnelForecastTest.class);
    }

    @EJB
    private OpportunityService opportunities;

    @EJB
    private FunnelService funnels;

    @EJB
    private ForecastService forecasts;

    @EJB
    private CurrencyRateService rates;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createDeals() throws Exception {
        if (team != null) {
            return;
        }
        team = TestTeam.create("ff" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        monthStart = LocalDate.of(2031, 1, 1).plusMonths(3L * Math.floorMod(team.prefix.hashCode(), 16));
        Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD, () -> {
            rates.save("CHF", new BigDecimal("7.123456"), null);
            try {
                rates.remove("SEK");
            } catch (RecordNotFoundException e) {
                // SEK has no rate, as the data set needs.
            }
            return null;
        });
        LocalDate inMonth = monthStart.plusDays(9);
        deal("salesA1", "100000.00", "CNY", inMonth, "INITIAL_CONTACT", "NEEDS_CONFIRMED", "PROPOSAL");
        deal("salesA2", "10000.00", "CHF", inMonth, "INITIAL_CONTACT", "PROPOSAL", "NEGOTIATION");
        deal("salesA1", "50000.00", "CNY", inMonth, "INITIAL_CONTACT", "PROPOSAL", "NEEDS_CONFIRMED");
        long won = deal("salesA2", "20000.00", "CNY", inMonth, "INITIAL_CONTACT", "NEEDS_CONFIRMED", "PROPOSAL",
                "NEGOTIATION", "WON");
        wonOn(won, monthStart.plusDays(3));
        deal("managerA", "30000.00", "CNY", inMonth, "INITIAL_CONTACT", "NEEDS_CONFIRMED", "LOST");
        deal("salesA1", "5000.00", "SEK", inMonth, "INITIAL_CONTACT");
        deal("salesB1", "999999.00", "CNY", inMonth, "INITIAL_CONTACT", "NEGOTIATION");
        deal("salesA1", "7777.00", "CNY", monthStart.plusMonths(1).plusDays(4), "INITIAL_CONTACT");
    }

    @Test
    @DisplayName("A Manager's funnel counts their team's deals only, per stage")
    void managerFunnelCountsAndAmounts() throws Exception {
        Funnel funnel = funnelAs("managerA", OwnerFilter.visible());

        assertEquals(List.of(1L, 1L, 1L, 1L), funnel.open().stream().map(FunnelStage::count).toList());
        assertEquals(List.of(money("0.00"), money("50000.00"), money("100000.00"), money("71234.56")),
                funnel.open().stream().map(FunnelStage::amount).toList());
        assertEquals(List.of(money("0.00"), money("15000.00"), money("50000.00"), money("49864.19")),
                funnel.open().stream().map(FunnelStage::weighted).toList());
        assertEquals(4, funnel.openCount());
        assertEquals(money("221234.56"), funnel.openAmount());
        assertEquals(money("114864.19"), funnel.openWeighted());
        assertEquals(Set.of("SEK"), funnel.unconverted());
    }

    @Test
    @DisplayName("Conversion comes from stage history, with skipped stages and moves back")
    void managerFunnelConversion() throws Exception {
        Funnel funnel = funnelAs("managerA", OwnerFilter.visible());

        assertEquals(List.of(6L, 5L, 4L, 2L), funnel.open().stream().map(FunnelStage::reached).toList());
        assertEquals(List.of(percent("83.3"), percent("80.0"), percent("50.0"), percent("50.0")),
                funnel.open().stream().map(FunnelStage::conversion).toList());
        assertEquals(List.of(percent("0.0"), percent("22.6"), percent("45.2"), percent("32.2")),
                funnel.open().stream().map(FunnelStage::shareOfAmount).toList());
        assertEquals(1, funnel.won().count());
        assertEquals(money("20000.00"), funnel.won().amount());
        assertEquals(1, funnel.lost().count());
        assertEquals(money("30000.00"), funnel.lost().amount());
    }

    @Test
    @DisplayName("A Boss sees every team, and the same numbers for team A when filtering by it")
    void bossFunnelAndTeamFilter() throws Exception {
        Funnel everyone = funnelAs("boss", OwnerFilter.visible());
        assertEquals(List.of(7L, 6L, 5L, 3L), everyone.open().stream().map(FunnelStage::reached).toList());
        assertEquals(2, everyone.open().get(3).count());
        assertEquals(money("1071233.56"), everyone.open().get(3).amount());

        Funnel teamA = funnelAs("boss", OwnerFilter.team(team.users.get("managerA").getId()));
        assertEquals(money("221234.56"), teamA.openAmount());
        assertEquals(List.of(6L, 5L, 4L, 2L), teamA.open().stream().map(FunnelStage::reached).toList());
    }

    @Test
    @DisplayName("A salesperson's funnel holds their own deals only")
    void salesFunnel() throws Exception {
        Funnel own = funnelAs("salesA1", OwnerFilter.visible());

        assertEquals(List.of(1L, 1L, 1L, 0L), own.open().stream().map(FunnelStage::count).toList());
        assertEquals(List.of(3L, 2L, 2L, 0L), own.open().stream().map(FunnelStage::reached).toList());
        assertEquals(money("150000.00"), own.openAmount());
        assertEquals(0, own.won().count());
    }

    @Test
    @DisplayName("The forecast weighs open and won deals by month and quarter, per user and team")
    void managerForecast() throws Exception {
        Forecast forecast = Identities.as(team.login("managerA"), team.password("managerA"),
                () -> forecasts.forecast(OwnerFilter.visible(), monthStart));

        // Month P, the two after it, then its quarter and the next.
        assertEquals(List.of(cell("134864.19", "20000.00"), cell("777.70", "0.00"), cell("0.00", "0.00"),
                cell("135641.89", "20000.00"), cell("0.00", "0.00")), forecast.total().cells());
        assertEquals(List.of(cell("65000.00", "0.00"), cell("777.70", "0.00"), cell("0.00", "0.00"),
                cell("65777.70", "0.00"), cell("0.00", "0.00")), line(forecast.users(), "salesA1").cells());
        assertEquals(List.of(cell("69864.19", "20000.00"), cell("0.00", "0.00"), cell("0.00", "0.00"),
                cell("69864.19", "20000.00"), cell("0.00", "0.00")), line(forecast.users(), "salesA2").cells());
        assertEquals(forecast.total().cells(), line(forecast.teams(), "managerA").cells());
        assertEquals(1, forecast.teams().size());
        assertEquals(Set.of("SEK"), forecast.unconverted());
    }

    @Test
    @DisplayName("A Boss's forecast has a line for the other team")
    void bossForecastHasOtherTeam() throws Exception {
        Forecast forecast = Identities.as(TestTeam.BOSS, TestTeam.BOSS_PASSWORD,
                () -> forecasts.forecast(OwnerFilter.team(team.users.get("managerB").getId()), monthStart));

        // 999,999 in negotiation, at 70%, in month P
        assertEquals(cell("699999.30", "0.00"), forecast.total().cells().get(0));
        assertEquals(List.of("managerB " + team.prefix), forecast.teams().stream().map(ForecastLine::name).toList());
    }

    private Funnel funnelAs(String role, OwnerFilter owners) throws Exception {
        return Identities.as(team.login(role), team.password(role),
                () -> funnels.funnel(owners, monthStart, YearMonth.from(monthStart).atEndOfMonth()));
    }

    /** Creates a deal in the first stage and moves it through the rest, as its owner. */
    private long deal(String owner, String amount, String currency, LocalDate expected, String... stages)
            throws Exception {
        return Identities.as(team.login(owner), team.password(owner), () -> {
            long customerId = team.customers.get(owner)[0];
            Opportunity deal = opportunities.create(new OpportunityForm(customerId, owner + " " + amount,
                    new BigDecimal(amount), currency, expected, stages[0], null, null, null, null));
            int version = deal.getVersion();
            for (int i = 1; i < stages.length; i++) {
                String reason = stages[i].equals("LOST") ? "Budget moved to next year" : null;
                version = opportunities.moveToStage(deal.getId(), version, stages[i], reason).getVersion();
            }
            return deal.getId();
        });
    }

    /** Sets the day a deal was won, which the server otherwise takes from its clock. */
    private void wonOn(long opportunityId, LocalDate day) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE opportunity SET closed_on = ? WHERE id = ?")) {
            update.setDate(1, Date.valueOf(day));
            update.setLong(2, opportunityId);
            update.executeUpdate();
        }
    }

    private ForecastLine line(List<ForecastLine> lines, String key) {
        long id = team.users.get(key).getId();
        return lines.stream().filter(line -> line.userId() == id).findFirst().orElseThrow();
    }

    private static ForecastCell cell(String expected, String won) {
        return new ForecastCell(money(expected), money(won));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }
}
