package org.xtoolscrm.customer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * The rule for records that have both an owner and a customer, such as deals and
 * contracts: such a record is visible while it is live and its owner is in the caller's
 * scope or its customer is visible to the caller. A customer share therefore opens the
 * customer's deals and contracts too, and a Manager can see their team's records on any
 * customer.
 */
@Dependent
public class OwnedRecordVisibility {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    /**
     * Returns the condition for a query that names the record, its customer and its owner.
     *
     * @param record   the record's alias, whose entity has a {@code deletionId} field
     * @param customer the alias of the record's customer
     * @param ownerId  the path of the owner's id, such as {@code o.id}
     */
    public JpqlCondition condition(String record, String customer, String ownerId) {
        AccessScope scope = access.currentScope();
        String live = record + ".deletionId IS NULL";
        if (scope.all()) {
            return new JpqlCondition(live, Map.of());
        }
        JpqlCondition customerVisible = customers.visibleCondition(customer);
        Map<String, Object> parameters = new HashMap<>(customerVisible.parameters());
        parameters.put("visibleOwners", scope.ownerIds());
        return new JpqlCondition(live + " AND (" + ownerId + " IN :visibleOwners OR (" + customerVisible.jpql()
                + "))", parameters);
    }

    /** Returns whether the caller may see a live record of the owner on the customer. */
    public boolean canSee(long ownerId, long customerId) {
        if (access.currentScope().canSee(ownerId)) {
            return true;
        }
        // A query rather than CustomerService.getVisible, whose exception would mark the
        // transaction for rollback even when caught here.
        JpqlCondition visible = customers.visibleCondition("c");
        var query = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.id = :id AND " + visible.jpql(),
                Long.class).setParameter("id", customerId);
        visible.parameters().forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }
}
