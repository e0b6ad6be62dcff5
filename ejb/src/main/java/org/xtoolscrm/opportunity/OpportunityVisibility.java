package org.xtoolscrm.opportunity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.customer.OwnedRecordVisibility;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Decides which opportunities a caller may see, by the rule of {@link OwnedRecordVisibility}:
 * live, and owned by someone in the caller's scope or on a customer the caller may see. Lists, the board, the
 * view, the funnel and the forecast all use it.
 */
@Dependent
public class OpportunityVisibility {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @Inject
    private OwnedRecordVisibility records;

    /**
     * Returns the condition with {@code p} for the opportunity, {@code c} for its customer and
     * {@code o} for its owner.
     */
    public JpqlCondition condition() {
        return records.condition("p", "c", "o.id");
    }

    /**
     * Returns the owners an owner filter stands for: one user, or a Manager and everyone
     * below them. Returns null for every visible owner, and for the team of a Boss. The visibility condition still
     * applies on top, so naming a user outside the caller's scope shows only the deals
     * of theirs the caller may see through a customer.
     */
    public Set<Long> owners(OwnerFilter filter) {
        if (filter == null || filter.kind() == OwnerFilter.Kind.VISIBLE) {
            return null;
        }
        if (filter.kind() == OwnerFilter.Kind.USER) {
            return Set.of(filter.userId());
        }
        User lead = em.find(User.class, filter.userId());
        if (lead == null) {
            return Set.of(filter.userId());
        }
        AccessScope team = access.scopeOf(lead);
        // A Boss's team is the whole company.
        return team.all() ? null : team.ownerIds();
    }

    /** Returns whether the caller may see a loaded live opportunity. */
    public boolean canSee(Opportunity opportunity) {
        return records.canSee(opportunity.getOwner().getId(), opportunity.getCustomer().getId());
    }
}
