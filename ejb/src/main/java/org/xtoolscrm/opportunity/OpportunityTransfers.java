package org.xtoolscrm.opportunity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.customer.CustomerTransferred;
import org.xtoolscrm.customer.FollowingRecords;

/**
 * Moves a transferred customer's open deals to its new owner, who now works the customer.
 * Deals that are won or lost stay with the user who closed them, so their results keep
 * counting for that user.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class OpportunityTransfers {

    private static final FollowingRecords OPEN = new FollowingRecords("opportunity", Opportunity.AUDIT_TYPE,
            "outcome = 'OPEN'", "");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Principal caller;

    public void onCustomerTransferred(@Observes CustomerTransferred transfer) {
        OPEN.move(em, transfer, caller.getName());
    }
}
