package org.xtoolscrm.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunityVisibility;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Computes the sales forecast over the deals the caller may see: for this month and the
 * next two, and this quarter and the next, the expected amount against the amount won,
 * per user, per team and in total.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ForecastService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private CurrencyRateService rates;

    @Inject
    private OpportunityVisibility visibility;

    @Inject
    private TeamLeads teams;

    /** Returns the forecast from today in the company's time zone. */
    public Forecast forecast(OwnerFilter owners) {
        return forecast(owners, CompanyCalendar.current().today());
    }

    /**
     * Returns the forecast from the given day: its month and the next two, its quarter and
     * the next one.
     */
    public Forecast forecast(OwnerFilter owners, LocalDate today) {
        List<ForecastPeriod> periods = ForecastPeriod.from(today);
        LocalDate from = periods.stream().map(ForecastPeriod::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = periods.stream().map(ForecastPeriod::to).max(LocalDate::compareTo).orElseThrow();
        Set<Long> ownerIds = visibility.owners(owners);
        JpqlCondition visible = visibility.condition();

        List<DealAmount> expected = new DealSet(visible, ownerIds)
                .and("p.outcome IN :weighed", "weighed", List.of(OpportunityOutcome.OPEN, OpportunityOutcome.WON))
                .and("p.expectedSignDate >= :from", "from", from)
                .and("p.expectedSignDate <= :to", "to", to)
                .query(em, "SELECT NEW org.xtoolscrm.report.DealAmount(p.ownerId, p.stage, p.currency, "
                        + "p.expectedSignDate, SUM(p.amount))", "", "",
                        " GROUP BY p.ownerId, p.stage, p.currency, p.expectedSignDate", DealAmount.class)
                .getResultList();
        List<DealAmount> won = new DealSet(visible, ownerIds)
                .and("p.outcome = :won", "won", OpportunityOutcome.WON)
                .and("p.closedOn >= :from", "from", from)
                .and("p.closedOn <= :to", "to", to)
                .query(em, "SELECT NEW org.xtoolscrm.report.DealAmount(p.ownerId, p.stage, p.currency, "
                        + "p.closedOn, SUM(p.amount))", "", "",
                        " GROUP BY p.ownerId, p.stage, p.currency, p.closedOn", DealAmount.class)
                .getResultList();

        Set<Long> owning = new HashSet<>();
        expected.forEach(amount -> owning.add(amount.ownerId()));
        won.forEach(amount -> owning.add(amount.ownerId()));
        return ForecastArithmetic.build(periods, opportunities.stages(), expected, won, teams.members(owning),
                rates.current());
    }
}
