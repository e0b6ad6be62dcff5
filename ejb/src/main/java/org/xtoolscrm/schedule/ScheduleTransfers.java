package org.xtoolscrm.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.customer.CustomerTransferred;

/**
 * Moves a transferred customer's coming schedules to its new owner, in the transfer's
 * transaction, so the new owner's calendar and reminders show the visits and calls still
 * planned. Only the previous owner's schedules move, and only those that are neither done
 * nor over; the past stays with whoever did it, and a colleague's schedule on the customer
 * stays with that colleague. A hand-over moves the previous owner's coming schedules on
 * every customer the new owner now owns; schedules without a customer stay.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ScheduleTransfers {

    private static final Logger LOG = Logger.getLogger(ScheduleTransfers.class.getName());

    /** The schedules that move: live, the previous owner's, neither done nor over. */
    private static final String COMING = "deletion_id IS NULL AND owner_id = ? AND done = FALSE AND end_at > ?";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Principal caller;

    /**
     * Moves the schedules and writes a TRANSFER entry for each to the change log. A moved
     * schedule gets a new version, so a dialog open on it reports a stale edit, and its
     * reminder shows again for the new owner.
     */
    public void onCustomerTransferred(@Observes CustomerTransferred transfer) {
        em.flush();
        String customers = transfer.isHandOver()
                ? "customer_id IN (SELECT id FROM customer WHERE owner_id = ?)"
                : "customer_id = ?";
        long customerValue = transfer.isHandOver() ? transfer.toOwnerId() : transfer.customerId();
        Timestamp now = Timestamp.from(Instant.now());

        em.createNativeQuery("INSERT INTO change_log (entity_type, entity_id, action, field_name, old_value, "
                        + "new_value, changed_by, changed_at) SELECT ?, id, ?, 'owner', ?, ?, ?, ? FROM schedule "
                        + "WHERE " + COMING + " AND " + customers)
                .setParameter(1, Schedule.AUDIT_TYPE)
                .setParameter(2, ChangeAction.TRANSFER.name())
                .setParameter(3, login(transfer.fromOwnerId()))
                .setParameter(4, login(transfer.toOwnerId()))
                .setParameter(5, caller.getName())
                .setParameter(6, now)
                .setParameter(7, transfer.fromOwnerId())
                .setParameter(8, now)
                .setParameter(9, customerValue)
                .executeUpdate();
        int moved = em.createNativeQuery("UPDATE schedule SET owner_id = ?, reminder_dismissed = FALSE, "
                        + "updated_at = ?, version = version + 1 WHERE " + COMING + " AND " + customers)
                .setParameter(1, transfer.toOwnerId())
                .setParameter(2, now)
                .setParameter(3, transfer.fromOwnerId())
                .setParameter(4, now)
                .setParameter(5, customerValue)
                .executeUpdate();

        LOG.info(() -> moved + " coming schedule(s) moved from user " + transfer.fromOwnerId() + " to user "
                + transfer.toOwnerId() + (transfer.isHandOver() ? " by a hand-over" : " with customer "
                + transfer.customerId()) + ", by " + caller.getName());
    }

    private String login(long userId) {
        User user = em.find(User.class, userId);
        return user == null ? String.valueOf(userId) : user.getLogin();
    }
}
