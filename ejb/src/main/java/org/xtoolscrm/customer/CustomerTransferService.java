package org.xtoolscrm.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeLog;

/**
 * Moves the ownership of customers to another user: one customer, a selection,
 * every customer matching a filter, or (for a Boss) every customer of a user who
 * leaves. The caller must have the customer's owner in scope; the new owner must
 * be an enabled account. Each transfer goes to the customer's change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class CustomerTransferService {

    private static final Logger LOG = Logger.getLogger(CustomerTransferService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Event<CustomerTransferred> transferred;

    @Inject
    private Principal caller;

    /** Transfers one customer; transferring to its current owner changes nothing. */
    public void transfer(long customerId, long newOwnerId) {
        User newOwner = enabledUser(newOwnerId);
        Customer customer = customers.getManageable(customerId);
        move(customer, newOwner);
    }

    /**
     * Transfers each of the given customers. Customers the caller may not manage, or
     * that the new owner owns already, are skipped and counted, never changed.
     */
    public BatchResult transferMany(Collection<Long> customerIds, long newOwnerId) {
        User newOwner = enabledUser(newOwnerId);
        int done = 0;
        int skipped = 0;

        for (Long customerId : customerIds) {
            try {
                if (move(customers.getManageable(customerId), newOwner)) {
                    done++;
                } else {
                    skipped++;
                }
            } catch (RecordNotFoundException e) {
                skipped++;
            }
        }
        LOG.info("Batch transfer by " + caller.getName() + " to " + newOwner.getLogin() + ": " + done
                + " customer(s) transferred, " + skipped + " skipped");
        return new BatchResult(done, skipped);
    }

    /** Transfers every customer that matches the filter and that the caller may manage. */
    public BatchResult transferMatching(CustomerFilter filter, long newOwnerId) {
        return transferMany(customers.findIds(filter), newOwnerId);
    }

    /** Counts the customers a user owns, for the hand-over page. */
    @RolesAllowed(Role.BOSS_NAME)
    public long countOwnedBy(long userId) {
        return em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.owner.id = :owner", Long.class)
                .setParameter("owner", userId)
                .getSingleResult();
    }

    /**
     * Hands every customer of one user over to another in one transaction, so the
     * customers of a salesperson who leaves are never lost. Works in bulk SQL: one
     * statement writes the change log rows, one moves the customers.
     *
     * @return the number of customers handed over
     */
    @RolesAllowed(Role.BOSS_NAME)
    public int handOver(long fromUserId, long toUserId) {
        if (fromUserId == toUserId) {
            throw new InvalidCustomerActionException("Choose two different users for the hand-over.");
        }
        User from = em.find(User.class, fromUserId);
        if (from == null) {
            throw new InvalidCustomerActionException("The user who hands over does not exist.");
        }
        User to = enabledUser(toUserId);
        Timestamp now = Timestamp.from(Instant.now());

        em.createNativeQuery("INSERT INTO change_log (entity_type, entity_id, action, field_name, old_value, "
                        + "new_value, changed_by, changed_at) SELECT 'Customer', id, ?, 'owner', ?, ?, ?, ? "
                        + "FROM customer WHERE owner_id = ?")
                .setParameter(1, ChangeAction.TRANSFER.name())
                .setParameter(2, from.getLogin())
                .setParameter(3, to.getLogin())
                .setParameter(4, caller.getName())
                .setParameter(5, now)
                .setParameter(6, fromUserId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM customer_share WHERE user_id = ? AND customer_id IN "
                        + "(SELECT id FROM customer WHERE owner_id = ?)")
                .setParameter(1, toUserId)
                .setParameter(2, fromUserId)
                .executeUpdate();
        int moved = em.createNativeQuery("UPDATE customer SET owner_id = ?, updated_at = ?, version = version + 1 "
                        + "WHERE owner_id = ?")
                .setParameter(1, toUserId)
                .setParameter(2, now)
                .setParameter(3, fromUserId)
                .executeUpdate();

        transferred.fire(new CustomerTransferred(null, fromUserId, toUserId));

        LOG.info(() -> "Hand-over by " + caller.getName() + ": " + moved + " customer(s) from " + from.getLogin()
                + " to " + to.getLogin());
        return moved;
    }

    /**
     * Moves one customer to the new owner; a share the new owner had becomes
     * pointless and is removed.
     */
    private boolean move(Customer customer, User newOwner) {
        User oldOwner = customer.getOwner();
        if (oldOwner.getId().equals(newOwner.getId())) {
            return false;
        }

        customer.setOwner(newOwner);
        CustomerShare share = em.find(CustomerShare.class, new CustomerShare.Key(customer.getId(), newOwner.getId()));
        if (share != null) {
            em.remove(share);
        }
        changeLog.event(customer.auditType(), customer.getId(), ChangeAction.TRANSFER, "owner", oldOwner.getLogin(),
                newOwner.getLogin());
        transferred.fire(new CustomerTransferred(customer.getId(), oldOwner.getId(), newOwner.getId()));
        LOG.fine(() -> "Customer " + customer.getId() + " transferred from " + oldOwner.getLogin() + " to "
                + newOwner.getLogin());
        return true;
    }

    private User enabledUser(long userId) {
        User user = em.find(User.class, userId);
        if (user == null || !user.isEnabled()) {
            throw new InvalidCustomerActionException(
                    "The new owner does not exist or is disabled: choose an enabled user.");
        }
        return user;
    }
}
