package org.xtoolscrm.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessGrant;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeLog;

/**
 * Shares customers with other users, who may then read and write them. Only a
 * user whose scope contains the customer's owner shares or revokes. A user the
 * customer is shared with cannot pass it on. Every share and revoke goes to the
 * customer's change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class CustomerSharingService {

    private static final Logger LOG = Logger.getLogger(CustomerSharingService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Principal caller;

    /** Returns the users a customer the caller may see is shared with. */
    public List<User> sharedWith(long customerId) {
        customers.getVisible(customerId);
        return em.createQuery("SELECT u FROM User u WHERE u.id IN "
                        + "(SELECT s.userId FROM CustomerShare s WHERE s.customerId = :customer) "
                        + "ORDER BY u.displayName, u.id", User.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** Returns who can see a customer the caller may see, and why. */
    public List<AccessGrant> whoCanSee(long customerId) {
        Customer customer = customers.getVisible(customerId);
        List<Long> shared = sharedWith(customerId).stream().map(User::getId).toList();
        return access.whoCanSee(customer.getOwner(), shared);
    }

    /** Shares one customer with the given users; users who already have it are left alone. */
    public BatchResult share(long customerId, Collection<Long> userIds) {
        Customer customer = customers.getManageable(customerId);
        List<User> users = enabledUsers(userIds);

        int added = 0;
        for (User user : users) {
            if (addShare(customer, user)) {
                added++;
            }
        }
        return new BatchResult(added, userIds.size() - added);
    }

    /** Revokes a share of one customer. */
    public void unshare(long customerId, long userId) {
        Customer customer = customers.getManageable(customerId);
        CustomerShare share = em.find(CustomerShare.class, new CustomerShare.Key(customerId, userId));
        if (share == null) {
            return;
        }
        User user = em.find(User.class, userId);

        em.remove(share);
        changeLog.event(customer.auditType(), customerId, ChangeAction.UNSHARE, "sharedWith", user.getLogin(), null);
        LOG.info(() -> "Customer " + customerId + " no longer shared with " + user.getLogin() + " (by "
                + caller.getName() + ")");
    }

    /**
     * Shares each of the given customers with the given users. Customers the caller
     * may not manage are skipped and counted, never shared.
     */
    public BatchResult shareMany(Collection<Long> customerIds, Collection<Long> userIds) {
        List<User> users = enabledUsers(userIds);
        int done = 0;
        int skipped = 0;

        for (Long customerId : customerIds) {
            try {
                Customer customer = customers.getManageable(customerId);
                boolean any = false;
                for (User user : users) {
                    any |= addShare(customer, user);
                }
                if (any) {
                    done++;
                } else {
                    skipped++;
                }
            } catch (RecordNotFoundException e) {
                skipped++;
            }
        }
        LOG.info("Batch share by " + caller.getName() + ": " + done + " customer(s) shared with "
                + users.size() + " user(s), " + skipped + " skipped");
        return new BatchResult(done, skipped);
    }

    /** Shares every customer that matches the filter and that the caller may manage. */
    public BatchResult shareMatching(CustomerFilter filter, Collection<Long> userIds) {
        return shareMany(customers.findIds(filter), userIds);
    }

    private boolean addShare(Customer customer, User user) {
        if (user.getId().equals(customer.getOwner().getId())
                || em.find(CustomerShare.class, new CustomerShare.Key(customer.getId(), user.getId())) != null) {
            return false;
        }
        em.persist(new CustomerShare(customer.getId(), user.getId(), caller.getName()));
        changeLog.event(customer.auditType(), customer.getId(), ChangeAction.SHARE, "sharedWith", null,
                user.getLogin());
        LOG.fine(() -> "Customer " + customer.getId() + " shared with " + user.getLogin());
        return true;
    }

    private List<User> enabledUsers(Collection<Long> userIds) {
        if (userIds == null || userIds.isEmpty()) {
            throw new InvalidCustomerActionException("Choose at least one user to share with.");
        }
        List<User> users = em.createQuery("SELECT u FROM User u WHERE u.id IN :ids AND u.enabled = TRUE",
                        User.class)
                .setParameter("ids", userIds)
                .getResultList();
        if (users.size() != userIds.size()) {
            throw new InvalidCustomerActionException(
                    "A chosen user does not exist or is disabled: choose enabled users only.");
        }
        return users;
    }
}
