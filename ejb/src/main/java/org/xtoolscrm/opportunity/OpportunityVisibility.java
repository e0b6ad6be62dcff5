package org.xtoolscrm.opportunity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * The one place that decides which opportunities a caller may see: live, and owned by
 * someone in the caller's scope or on a customer the caller may see. Lists, the board, the
 * view, the funnel and the forecast all use it.
 */
@Dependent
public class OpportunityVisibility {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    /**
     * Returns the condition with {@code p} for the opportunity, {@code c} for its customer and
     * {@code o} for its owner.
     */
    public JpqlCondition condition() {
        AccessScope scope = access.currentScope();
        if (scope.all()) {
            return new JpqlCondition("p.deletionId IS NULL", Map.of());
        }
        JpqlCondition customerVisible = customers.visibleCondition("c");
        Map<String, Object> parameters = new HashMap<>(customerVisible.parameters());
        parameters.put("visibleOwners", scope.ownerIds());
        return new JpqlCondition("p.deletionId IS NULL AND (o.id IN :visibleOwners OR (" + customerVisible.jpql()
                + "))", parameters);
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
        AccessScope scope = access.currentScope();
        if (scope.canSee(opportunity.getOwner().getId())) {
            return true;
        }
        // A query rather than CustomerService.getVisible, whose exception would mark the
        // transaction for rollback even when caught here.
        JpqlCondition visible = customers.visibleCondition("c");
        var query = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.id = :id AND " + visible.jpql(),
                Long.class).setParameter("id", opportunity.getCustomer().getId());
        visible.parameters().forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }
}
