package org.xtoolscrm.schedule;

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
 * Moves a transferred customer's coming schedules to its new owner, so the new owner's
 * calendar and reminders show the visits and calls still planned: the previous owner's
 * schedules that are neither done nor over. The past stays with the user who did it.
 * A moved schedule reminds its new owner again.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ScheduleTransfers {

    private static final FollowingRecords COMING = new FollowingRecords("schedule", Schedule.AUDIT_TYPE,
            "done = FALSE AND end_at > ?", "reminder_dismissed = FALSE");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Principal caller;

    public void onCustomerTransferred(@Observes CustomerTransferred transfer) {
        COMING.move(em, transfer, caller.getName());
    }
}
