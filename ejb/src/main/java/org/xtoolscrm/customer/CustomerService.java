package org.xtoolscrm.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Reads customers within the caller's access scope: the owners in scope plus the
 * customers shared with the caller.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    /** Counts the customers that match the filter and that the caller may see. */
    public long count(CustomerFilter filter) {
        return query(filter).count(em).getSingleResult();
    }

    /** Returns one page of the customers that match the filter and that the caller may see. */
    public List<CustomerRow> findPage(CustomerFilter filter, CustomerSortField sort,
                                      boolean ascending, int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        return query(filter)
                .rows(em, sort, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(size)
                .getResultList();
    }

    /** Returns the ids of every customer that matches the filter and that the caller may see. */
    public List<Long> findIds(CustomerFilter filter) {
        return query(filter).ids(em).getResultList();
    }

    /**
     * Returns a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     */
    public Customer getVisible(long id) {
        AccessScope scope = access.currentScope();
        Customer customer = em.find(Customer.class, id);

        if (customer == null || customer.isDeleted()
                || !(scope.canSee(customer.getOwner().getId()) || isSharedWith(id, scope.userId()))) {
            LOG.fine(() -> "Customer " + id + " not found for user " + scope.userId());
            throw new RecordNotFoundException("Customer", id);
        }
        return customer;
    }

    /**
     * Returns whether the caller may see the customer. Unlike {@link #getVisible} it raises
     * nothing, so a caller can ask inside a transaction it means to keep.
     */
    public boolean isVisible(long id) {
        AccessScope scope = access.currentScope();
        Customer customer = em.find(Customer.class, id);
        return customer != null && !customer.isDeleted()
                && (scope.canSee(customer.getOwner().getId()) || isSharedWith(id, scope.userId()));
    }

    /**
     * Returns a customer the caller may share or transfer: one whose owner is in the
     * caller's scope. A share lets a user read and write, not hand the
     * customer on.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     */
    public Customer getManageable(long id) {
        AccessScope scope = access.currentScope();
        Customer customer = em.find(Customer.class, id);

        if (customer == null || customer.isDeleted() || !scope.canSee(customer.getOwner().getId())) {
            throw new RecordNotFoundException("Customer", id);
        }
        return customer;
    }

    /** Returns the change log of a customer the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        getVisible(id);
        return changeLog.history(Customer.AUDIT_TYPE, id);
    }

    /** Returns whether the caller may share and transfer the customer. */
    public boolean canManage(Customer customer) {
        return access.currentScope().canSee(customer.getOwner().getId());
    }

    /**
     * Returns the JPQL condition that limits a query to the customers the caller may
     * see, for lists of records that hang off customers. The named parameters it uses
     * are {@code visibleOwners} and {@code viewer}.
     *
     * @param alias the customer in the query, such as {@code c} in {@code JOIN r.customer c}
     */
    public JpqlCondition visibleCondition(String alias) {
        AccessScope scope = access.currentScope();
        boolean withShares = !scope.all() && hasShares(scope.userId());
        return VisibleCustomers.condition(alias, scope, withShares);
    }

    private CustomerQuery query(CustomerFilter filter) {
        return new CustomerQuery(visibleCondition("c"), filter);
    }

    private boolean hasShares(long userId) {
        return !em.createQuery("SELECT s.customerId FROM CustomerShare s WHERE s.userId = :user", Long.class)
                .setParameter("user", userId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private boolean isSharedWith(long customerId, long userId) {
        return em.find(CustomerShare.class, new CustomerShare.Key(customerId, userId)) != null;
    }
}
