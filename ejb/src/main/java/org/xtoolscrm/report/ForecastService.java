package org.xtoolscrm.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
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
        return ForecastArithmetic.build(periods, opportunities.stages(), expected, won, members(owning),
                rates.current());
    }

    /** Finds each owner's team lead: the nearest Manager at or above them, or else the nearest Boss. */
    private Map<Long, TeamMember> members(Set<Long> ownerIds) {
        Map<Long, TeamMember> members = new HashMap<>();
        for (Long id : ownerIds) {
            User user = em.find(User.class, id);
            User lead = null;
            User boss = null;
            for (User step = user; step != null && lead == null; step = step.getSuperior()) {
                if (step.getRole() == Role.MANAGER) {
                    lead = step;
                } else if (step.getRole() == Role.BOSS && boss == null) {
                    boss = step;
                }
            }
            User team = lead;
            if (team == null) {
                team = boss == null ? user : boss;
            }
            members.put(id, new TeamMember(id, user.getDisplayName(), team.getId(), team.getDisplayName()));
        }
        return members;
    }
}
