package org.xtoolscrm.task;

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
 * Moves a transferred customer's open tasks to its new owner, so the follow-ups still to do
 * land on the new owner's workbench and task list: the previous owner's tasks that are not
 * done, overdue ones included. Done tasks stay with the user who did them.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class TaskTransfers {

    private static final FollowingRecords OPEN = new FollowingRecords("task", Task.AUDIT_TYPE, "done = FALSE", "");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Principal caller;

    public void onCustomerTransferred(@Observes CustomerTransferred transfer) {
        OPEN.move(em, transfer, caller.getName());
    }
}
