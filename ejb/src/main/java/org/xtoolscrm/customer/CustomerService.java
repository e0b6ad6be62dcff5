package org.xtoolscrm.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;

/** Reads customers within the caller's access scope. */
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

    /** Counts the customers that match the filter and that the caller may see. */
    public long count(CustomerFilter filter) {
        return new CustomerQuery(access.currentScope(), filter).count(em).getSingleResult();
    }

    /** Returns one page of the customers that match the filter and that the caller may see. */
    public List<CustomerRow> findPage(CustomerFilter filter, CustomerSortField sort,
                                      boolean ascending, int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        return new CustomerQuery(access.currentScope(), filter)
                .rows(em, sort, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Returns a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     */
    public Customer getVisible(long id) {
        AccessScope scope = access.currentScope();
        Customer customer = em.find(Customer.class, id);

        if (customer == null || !scope.canSee(customer.getOwner().getId())) {
            LOG.fine(() -> "Customer " + id + " not found for user " + scope.userId());
            throw new RecordNotFoundException("Customer", id);
        }
        return customer;
    }
}
