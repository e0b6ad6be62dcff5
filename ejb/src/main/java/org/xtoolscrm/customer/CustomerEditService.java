package org.xtoolscrm.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;

/**
 * Creates and edits customers. A new customer belongs to the caller, or for a
 * Boss or Manager to someone in their scope. Editing needs read access (owner in
 * scope, or a share, which grants read and write). Changing the owner is a
 * transfer, not an edit. Every save writes the change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class CustomerEditService {

    private static final Logger LOG = Logger.getLogger(CustomerEditService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /** Creates a customer owned by the given user, who must be in the caller's scope. */
    public Customer create(@Valid CustomerForm form, long ownerId) {
        AccessScope scope = access.currentScope();
        User owner = em.find(User.class, ownerId);
        if (owner == null || !owner.isEnabled() || !scope.canSee(ownerId)) {
            throw new InvalidCustomerActionException(
                    "You cannot create customers for this owner: choose yourself or a member of your team.");
        }
        checkCodeFree(form.getCode(), null);

        Customer customer = new Customer();
        form.applyTo(customer);
        customer.setOwner(owner);
        em.persist(customer);
        em.flush();
        changeLog.created(customer);

        LOG.info(() -> "Customer " + customer.getId() + " created by " + caller.getName() + " for "
                + owner.getLogin());
        return customer;
    }

    /**
     * Saves the form over a customer the caller may see. The status follows the customer's
     * contracts; only a Boss may set it by hand, so for anyone else it stays as it is.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleCustomerException when someone saved the customer since then
     */
    public Customer update(long id, int version, @Valid CustomerForm form) {
        Customer customer = customers.getVisible(id);
        if (customer.getVersion() != version) {
            throw new StaleCustomerException(id);
        }
        checkCodeFree(form.getCode(), id);

        Map<String, Object> before = ChangeLog.snapshot(customer);
        CustomerStatus status = customer.getStatus();
        form.applyTo(customer);
        if (access.currentUser().getRole() != Role.BOSS) {
            customer.setStatus(status);
        }
        em.flush();
        changeLog.updated(customer, before);

        LOG.info(() -> "Customer " + id + " updated by " + caller.getName());
        return customer;
    }

    /**
     * Moves a customer, with the records that hang off it, to the recycle bin. It
     * takes the right to share and transfer the customer (owner in the caller's
     * scope); a share alone does not allow it.
     *
     * @param version the version the caller's page was loaded at
     * @throws StaleCustomerException when someone saved the customer since then
     */
    public void delete(long id, int version) {
        Customer customer = customers.getManageable(id);
        if (customer.getVersion() != version) {
            throw new StaleCustomerException(id);
        }
        recycleBin.delete(BinRecordType.CUSTOMER, customer, customer.getName(), null);
    }

    /**
     * Counts the live customers, visible to the caller or not, that look like the same
     * one: the same name (compared without regard to case and extra spaces) or the
     * same phone number. Only the count is returned, so nothing of a customer
     * outside the caller's scope is revealed.
     *
     * @param excludeId the customer being edited, or null on create
     */
    public long countLookAlikes(String name, String phone, Long excludeId) {
        String cleanName = collapse(name);
        String cleanPhone = collapse(phone);
        if (cleanName == null && cleanPhone == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(c) FROM Customer c WHERE (c.name = :name OR c.phone = :phone) "
                        + "AND c.id <> :exclude AND c.deletionId IS NULL", Long.class)
                .setParameter("name", cleanName == null ? "" : cleanName)
                .setParameter("phone", cleanPhone == null ? "" : cleanPhone)
                .setParameter("exclude", excludeId == null ? -1L : excludeId)
                .getSingleResult();
    }

    private void checkCodeFree(String code, Long id) {
        String clean = collapse(code);
        if (clean == null) {
            return;
        }
        long taken = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.code = :code AND c.id <> :id",
                        Long.class)
                .setParameter("code", clean)
                .setParameter("id", id == null ? -1L : id)
                .getSingleResult();
        if (taken > 0) {
            throw new InvalidCustomerActionException("Customer code '" + clean + "' is already in use: "
                    + "leave it empty or enter another one.");
        }
    }

    /** Trims a value and collapses runs of whitespace inside it to one space. */
    static String collapse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
