package org.xtoolscrm.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.User;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Loads the customers and records that the services of this package work on, and checks
 * the choices their forms make that need the database. A record is visible exactly when it
 * is live and its customer is visible ({@link CustomerService#getVisible}); one that is not
 * raises the same {@link RecordNotFoundException} as one that does not exist.
 */
@Dependent
public class AfterSalesAccess {

    private static final Logger LOG = Logger.getLogger(AfterSalesAccess.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @EJB
    private AccessService access;

    @EJB
    private DictionaryService dictionary;

    /**
     * Returns a customer the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or is not visible
     */
    Customer customer(long customerId) {
        return customers.getVisible(customerId);
    }

    /** Returns the condition on the customer alias {@code c} that a list of one customer's records uses. */
    static JpqlCondition ofCustomer(long customerId) {
        return new JpqlCondition("c.id = :customerId", Map.of("customerId", customerId));
    }

    /** Returns the condition on the customer alias {@code c} that limits a list to the customers the caller may see. */
    JpqlCondition visibleCustomers() {
        return customers.visibleCondition("c");
    }

    /**
     * Returns a live record whose customer the caller may see.
     *
     * @param kind the record's kind as the change log names it, for the exception
     * @throws RecordNotFoundException naming the record, when it does not exist, is in the
     *                                 recycle bin, or its customer is not visible
     */
    <T extends AfterSalesRecord> T load(Class<T> type, String kind, long id) {
        T record = em.find(type, id);
        if (record == null || record.isDeleted()) {
            throw new RecordNotFoundException(kind, id);
        }
        try {
            customers.getVisible(record.getCustomer().getId());
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> kind + " " + id + " not found: its customer " + record.getCustomer().getId()
                    + " is not visible");
            throw new RecordNotFoundException(kind, id);
        }
        return record;
    }

    /**
     * Returns a live record whose customer the caller may see, at the version the caller loaded.
     *
     * @throws StaleAfterSalesException when the record was saved since that version
     */
    <T extends AfterSalesRecord> T loadCurrent(Class<T> type, String kind, long id, int version) {
        T record = load(type, kind, id);
        if (record.getVersion() != version) {
            throw new StaleAfterSalesException(kind, id);
        }
        return record;
    }

    /** Writes the changes now, so that a concurrent save of the same version raises a stale edit, not a server error. */
    void flush(String kind, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleAfterSalesException(kind, id);
        }
    }

    User currentUser() {
        return access.currentUser();
    }

    /**
     * Returns the handler a saved record gets: the caller when none is chosen on create, the
     * current handler when none is chosen or it is unchanged on edit, otherwise an enabled
     * user in the caller's scope. A salesperson's scope contains only themselves. Returns
     * null when the chosen user may not be the handler.
     *
     * @param current the record's handler before an edit, or null on create
     */
    User handler(Long handlerId, User current) {
        if (handlerId == null) {
            return current == null ? access.currentUser() : current;
        }
        if (current != null && handlerId.equals(current.getId())) {
            return current;
        }
        User chosen = em.find(User.class, handlerId);
        if (chosen == null || !chosen.isEnabled() || !access.currentScope().canSee(handlerId)) {
            return null;
        }
        return chosen;
    }

    /**
     * Returns whether a type code may be saved: an enabled option of the list, or the type
     * the record has already (an option disabled since stays valid on its records).
     *
     * @param current the stored type of the record being edited, or null for a new one
     */
    boolean isTypeAllowed(DictionaryList list, String code, String current) {
        if (code == null || code.equals(current)) {
            return true;
        }
        Set<String> codes = new HashSet<>();
        List<DictionaryOption> options = dictionary.options(list, false);
        options.forEach(option -> codes.add(option.getCode()));
        return codes.contains(code);
    }
}
