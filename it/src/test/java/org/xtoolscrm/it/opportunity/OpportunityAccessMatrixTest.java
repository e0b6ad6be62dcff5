package org.xtoolscrm.it.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.xtoolscrm.customer.CustomerSharingService;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityFilter;
import org.xtoolscrm.opportunity.OpportunityForm;
import org.xtoolscrm.opportunity.OpportunityRow;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunitySortField;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.report.Forecast;
import org.xtoolscrm.report.ForecastService;
import org.xtoolscrm.report.FunnelService;

/**
 * Who reaches a deal of salesA1, on a customer shared with salesDirect, through each way
 * in: the list and its search, the customer's tab, the board, the funnel, the forecast,
 * the deal by id with its histories, and editing, moving and deleting by id. Each case
 * works on a fresh customer with a deal of its own, expected to sign on a day no other
 * test uses, so the funnel and the forecast count it alone.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Opportunity access matrix")
class OpportunityAccessMatrixTest {

    /** Whether each role may see the deal: its owner, their Manager, a Boss, and the user the customer is shared with. */
    private static final Map<String, Boolean> ACCESS = Map.of(
            "boss", true,
            "managerA", true,
            "managerB", false,
            "salesA1", true,
            "salesA2", false,
            "salesB1", false,
            "salesDirect", true);

    private static TestTeam team;
    private static int sequence;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OpportunityAccessMatrixTest.class);
    }

    @EJB
    private OpportunityService opportunities;

    @EJB
    private FunnelService funnels;

    @EJB
    private ForecastService forecasts;

    @EJB
    private CustomerSharingService sharing;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("om" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List, search, count and the customer tab show the deal to exactly the right roles")
    void listsAndSearch() throws Exception {
        Deal deal = sharedDeal();
        OpportunityFilter search = new OpportunityFilter(null, null, null, null, null, deal.name);

        for (String role : ACCESS.keySet()) {
            List<Long> expected = ACCESS.get(role) ? List.of(deal.id) : List.of();
            assertEquals(expected, ids(as(role, () -> opportunities.findPage(search, OpportunitySortField.NAME, true,
                    0, 10))), "search as " + role);
            assertEquals(expected.size(), (long) as(role, () -> opportunities.count(search)), "count as " + role);
            if (ACCESS.get(role)) {
                assertEquals(expected, ids(as(role, () -> opportunities.findForCustomer(deal.customerId, null,
                        OpportunitySortField.NAME, true, 0, 10))), "customer tab as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> opportunities.findForCustomer(deal.customerId, null, OpportunitySortField.NAME, true,
                                0, 10), "customer tab as " + role));
            }
        }
    }

    @Test
    @DisplayName("The board filtered by the owner shows the card to exactly the right roles")
    void board() throws Exception {
        Deal deal = sharedDeal();
        OpportunityFilter board = OpportunityFilter.open()
                .withOwners(OwnerFilter.user(team.users.get("salesA1").getId()))
                .withExpected(deal.expected, deal.expected);

        for (String role : ACCESS.keySet()) {
            assertEquals(ACCESS.get(role) ? List.of(deal.id) : List.of(),
                    ids(as(role, () -> opportunities.findPage(board, OpportunitySortField.EXPECTED_SIGN_DATE, true,
                            0, 30))), "board as " + role);
        }
    }

    @Test
    @DisplayName("The funnel and the forecast count the deal for exactly the right roles")
    void funnelAndForecast() throws Exception {
        Deal deal = sharedDeal();

        for (String role : ACCESS.keySet()) {
            long counted = as(role, () -> funnels.funnel(OwnerFilter.visible(), deal.expected, deal.expected))
                    .openCount();
            assertEquals(ACCESS.get(role) ? 1L : 0L, counted, "funnel as " + role);

            Forecast forecast = as(role, () -> forecasts.forecast(OwnerFilter.visible(), deal.expected));
            BigDecimal expected = forecast.total().cells().get(0).expected();
            assertEquals(ACCESS.get(role) ? new BigDecimal("500.00") : new BigDecimal("0.00"), expected,
                    "forecast as " + role);
        }
    }

    @Test
    @DisplayName("The deal, its stage history and its change log open for exactly the right roles")
    void byId() throws Exception {
        Deal deal = sharedDeal();

        for (String role : ACCESS.keySet()) {
            if (ACCESS.get(role)) {
                assertEquals(deal.name, as(role, () -> opportunities.get(deal.id).getName()), "get as " + role);
                assertEquals(1, as(role, () -> opportunities.stageHistory(deal.id)).size(), "stages as " + role);
                assertEquals(false, as(role, () -> opportunities.history(deal.id)).isEmpty(), "log as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> opportunities.get(deal.id),
                        "get as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> opportunities.stageHistory(deal.id),
                        "stages as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> opportunities.history(deal.id),
                        "log as " + role));
            }
        }
    }

    @Test
    @DisplayName("Editing, moving and deleting by id work for exactly the right roles")
    void changeById() throws Exception {
        for (String role : ACCESS.keySet()) {
            Deal deal = sharedDeal();
            if (ACCESS.get(role)) {
                Opportunity edited = as(role, () -> opportunities.update(deal.id, deal.version,
                        form(deal.customerId, deal.name, deal.expected, "PROPOSAL")));
                Opportunity moved = as(role, () -> opportunities.moveToStage(deal.id, edited.getVersion(),
                        "NEGOTIATION", null));
                as(role, () -> opportunities.delete(deal.id, moved.getVersion()));
                as("salesA1", () -> assertThrows(RecordNotFoundException.class, () -> opportunities.get(deal.id),
                        "deleted as " + role));
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> opportunities.update(deal.id,
                        deal.version, form(deal.customerId, deal.name, deal.expected, "PROPOSAL")),
                        "edit as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> opportunities.moveToStage(deal.id, deal.version, "NEGOTIATION", null),
                        "move as " + role));
                as(role, () -> assertThrows(RecordNotFoundException.class,
                        () -> opportunities.delete(deal.id, deal.version), "delete as " + role));
                Opportunity unchanged = as("salesA1", () -> opportunities.get(deal.id));
                assertEquals("INITIAL_CONTACT", unchanged.getStage(), "stage after " + role);
                assertEquals(deal.version, unchanged.getVersion(), "version after " + role);
            }
        }
    }

    @Test
    @DisplayName("Creating a deal on the customer works for exactly the right roles")
    void create() throws Exception {
        for (String role : ACCESS.keySet()) {
            Deal deal = sharedDeal();
            if (ACCESS.get(role)) {
                Opportunity created = as(role, () -> opportunities.create(form(deal.customerId, "By " + role,
                        deal.expected, "PROPOSAL")));
                assertEquals(team.login(role), created.getOwner().getLogin(), "owner as " + role);
            } else {
                as(role, () -> assertThrows(RecordNotFoundException.class, () -> opportunities.create(
                        form(deal.customerId, "By " + role, deal.expected, "PROPOSAL")), "create as " + role));
            }
            assertEquals(ACCESS.get(role) ? 2L : 1L, (long) as("salesA1",
                    () -> opportunities.countForCustomer(deal.customerId, null)), "deals after " + role);
        }
    }

    /** Creates a deal of salesA1 in the first stage, worth 5,000 CNY (500 weighted), on a customer shared with salesDirect. */
    private Deal sharedDeal() throws Exception {
        int number = ++sequence;
        long customerId = team.addCustomer(dataSource, "salesA1", team.prefix + "-m" + number,
                String.format("Deal matrix %s %03d", team.prefix, number));
        long salesDirect = team.users.get("salesDirect").getId();
        as("salesA1", () -> sharing.share(customerId, List.of(salesDirect)));
        // A day far ahead, in a month that only this case of this run uses, so the funnel and the
        // forecast count this deal alone.
        LocalDate expected = LocalDate.of(2040, 1, 1).plusDays(Math.floorMod(team.prefix.hashCode(), 300) * 400L
                + number * 40L);
        String name = "Matrix deal " + team.prefix + " " + number;
        Opportunity created = as("salesA1", () -> opportunities.create(form(customerId, name, expected,
                "INITIAL_CONTACT")));
        return new Deal(created.getId(), created.getVersion(), customerId, name, expected);
    }

    private static OpportunityForm form(long customerId, String name, LocalDate expected, String stage) {
        return new OpportunityForm(customerId, name, new BigDecimal("5000.00"), "CNY", expected, stage, null, null,
                null, null);
    }

    private static List<Long> ids(List<OpportunityRow> rows) {
        return rows.stream().map(OpportunityRow::id).toList();
    }

    private record Deal(long id, int version, long customerId, String name, LocalDate expected) {
    }

    private static <T> T as(String role, Callable<T> work) throws Exception {
        return Identities.as(team.login(role), team.password(role), work);
    }

    private static void as(String role, Runnable work) throws Exception {
        Identities.as(team.login(role), team.password(role), work);
    }
}
