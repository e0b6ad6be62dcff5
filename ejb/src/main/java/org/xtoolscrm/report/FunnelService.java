package org.xtoolscrm.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.money.CurrencyRateService;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunityVisibility;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.opportunity.Stage;
import org.xtoolscrm.opportunity.StageList;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Computes the sales funnel over the deals the caller may see whose expected signing date
 * lies in a period, for every visible owner, a team or one user.
 *
 * <p>NOTE: the funnel is computed from the rows on every request, so its cost follows the
 * number of deals in the period; a period of several years of a large company is slow.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class FunnelService {

    private static final Logger LOG = Logger.getLogger(FunnelService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private CurrencyRateService rates;

    @Inject
    private OpportunityVisibility visibility;

    @Inject
    private Principal caller;

    /**
     * @param owners whose deals to cover; null for every deal the caller may see
     * @param from   the first expected signing date, inclusive, or null for no limit
     * @param to     the last expected signing date, inclusive, or null for no limit
     */
    public Funnel funnel(OwnerFilter owners, LocalDate from, LocalDate to) {
        long started = System.nanoTime();
        StageList stages = opportunities.stages();
        // The caller's scope is read once for all the queries of this funnel.
        JpqlCondition visible = visibility.condition();
        Set<Long> ownerIds = visibility.owners(owners);

        List<StageTotal> totals = deals(visible, ownerIds, from, to)
                .query(em, "SELECT NEW org.xtoolscrm.report.StageTotal(p.stage, p.currency, COUNT(p), "
                        + "SUM(p.amount))", "", "", " GROUP BY p.stage, p.currency", StageTotal.class)
                .getResultList();

        Map<String, Long> reached = new HashMap<>();
        List<Stage> open = stages.open();
        List<String> won = stages.stages().stream()
                .filter(stage -> stage.outcome() == OpportunityOutcome.WON).map(Stage::code).toList();
        for (int i = 0; i < open.size(); i++) {
            List<String> laterOrWon = new ArrayList<>(open.subList(i, open.size()).stream().map(Stage::code).toList());
            laterOrWon.addAll(won);
            reached.put(open.get(i).code(), reached(visible, ownerIds, from, to, laterOrWon));
        }
        won.stream().findFirst().ifPresent(code -> reached.put(code, reached(visible, ownerIds, from, to, won)));

        Funnel funnel = FunnelArithmetic.build(from, to, stages, totals, reached, rates.current());
        LOG.fine(() -> "Funnel " + from + ".." + to + " for " + caller.getName() + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return funnel;
    }

    /** Counts the covered deals whose stage history contains one of the stages. */
    private long reached(JpqlCondition visible, Set<Long> ownerIds, LocalDate from, LocalDate to,
                         List<String> stageCodes) {
        return deals(visible, ownerIds, from, to)
                .and("h.toStage IN :reachedStages", "reachedStages", stageCodes)
                .query(em, "SELECT COUNT(DISTINCT p.id)", ", StageChange h", " AND h.opportunityId = p.id", "",
                        Long.class)
                .getSingleResult();
    }

    private static DealSet deals(JpqlCondition visible, Set<Long> ownerIds, LocalDate from, LocalDate to) {
        DealSet deals = new DealSet(visible, ownerIds);
        if (from != null) {
            deals.and("p.expectedSignDate >= :from", "from", from);
        }
        if (to != null) {
            deals.and("p.expectedSignDate <= :to", "to", to);
        }
        return deals;
    }
}
