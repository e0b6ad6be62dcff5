package org.xtoolscrm.customer;

import java.util.HashMap;
import java.util.Map;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * The one JPQL condition that limits a query to the customers a caller may see:
 * not in the recycle bin, and owned by someone in the caller's scope or shared
 * with the caller. Lists of customers and of the records that hang off them use it.
 */
final class VisibleCustomers {

    private VisibleCustomers() {
    }

    /**
     * @param alias      the customer in the query, such as {@code c} in {@code JOIN r.customer c}
     * @param withShares whether the caller has customers shared with them; the share
     *                   condition is left out otherwise, so the owner index serves the query
     */
    static JpqlCondition condition(String alias, AccessScope scope, boolean withShares) {
        String live = alias + ".deletionId IS NULL";
        if (scope.all()) {
            return new JpqlCondition(live, Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("visibleOwners", scope.ownerIds());
        if (!withShares) {
            return new JpqlCondition(live + " AND " + alias + ".owner.id IN :visibleOwners", parameters);
        }
        parameters.put("viewer", scope.userId());
        return new JpqlCondition(live + " AND (" + alias + ".owner.id IN :visibleOwners OR " + alias + ".id IN "
                + "(SELECT s.customerId FROM CustomerShare s WHERE s.userId = :viewer))", parameters);
    }
}
