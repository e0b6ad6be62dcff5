package org.xtoolscrm.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.persistence.JoinOrder;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Reads, creates, edits and deletes the contacts of customers. A contact is visible exactly
 * when its customer is visible to the caller. Any user who may see a customer may add and
 * change its contacts, because a share grants read and write. Every change writes the change
 * log, and deleting moves the contact to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ContactService {

    private static final Logger LOG = Logger.getLogger(ContactService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The maximum number of customers matched by name whose contacts a search looks up by customer id. */
    static final int SEARCH_CUSTOMERS_MAX = 500;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CustomerService customers;

    @EJB
    private AccessService access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Counts the live contacts of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     */
    public long count(long customerId) {
        customers.getVisible(customerId);
        return ContactQuery.ofCustomer(customerId).count(em).getSingleResult();
    }

    /**
     * Returns one page of the live contacts of a customer the caller may see: main contacts
     * first, then by name.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     */
    public List<ContactRow> list(long customerId, int first, int pageSize) {
        customers.getVisible(customerId);
        return page(ContactQuery.ofCustomer(customerId).mainFirst(em), first, pageSize);
    }

    /**
     * Returns the live contacts of a customer the caller may see, main contacts first, for
     * pickers such as the contact of an activity.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     */
    public List<ContactOption> options(long customerId) {
        customers.getVisible(customerId);
        return ContactQuery.ofCustomer(customerId).options(em).getResultList();
    }

    /**
     * Returns whether the id is that of a live contact of the customer, which is the contact a
     * schedule, task or activity on that customer may name. A contact in the recycle bin, a
     * contact of another customer and any contact without a customer ({@code customerId} null)
     * are not. The services of those records call it on every create and update, after they
     * have checked that the caller may use the customer, so it checks no visibility itself.
     */
    public boolean isLiveContactOf(long contactId, Long customerId) {
        if (contactId <= 0 || customerId == null) {
            return false;
        }
        boolean live = ContactQuery.countLiveOfCustomer(em, contactId, customerId).getSingleResult() > 0;
        if (!live) {
            LOG.fine(() -> "Contact " + contactId + " is not a live contact of customer " + customerId
                    + " for " + caller.getName());
        }
        return live;
    }

    /** Counts the contacts that match the filter, of every customer the caller may see. */
    public long countAll(ContactFilter filter) {
        return visibleQuery(filter).count(em).getSingleResult();
    }

    /** Returns one page of the contacts that match the filter, of every customer the caller may see. */
    public List<ContactRow> findPage(ContactFilter filter, ContactSortField sort, boolean ascending, int first,
                                     int pageSize) {
        ContactQuery query = visibleQuery(filter);
        TypedQuery<ContactRow> rows = query.sorted(em, sort, ascending);
        if (access.currentScope().all() && sort != ContactSortField.CUSTOMER) {
            // A Boss may see every customer, so the page is the first rows of the contact index
            // of the sort column. MariaDB would read the customers first and sort every contact,
            // but STRAIGHT_JOIN keeps the order of the FROM clause, contact first.
            JoinOrder.asWritten(rows);
        }
        return page(rows, first, pageSize);
    }

    /**
     * Returns a live contact whose customer the caller may see.
     *
     * @throws RecordNotFoundException when the contact does not exist, is in the recycle bin or
     *                                 belongs to a customer outside the caller's scope
     */
    public Contact get(long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null || contact.isDeleted()) {
            LOG.fine(() -> "Contact " + id + " not found for " + caller.getName());
            throw new RecordNotFoundException("Contact", id);
        }
        try {
            customers.getVisible(contact.getCustomer().getId());
        } catch (RecordNotFoundException e) {
            // The same exception as for a missing contact, so nothing about the customer leaks.
            throw new RecordNotFoundException("Contact", id);
        }
        return contact;
    }

    /** Returns the change log of a contact the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Contact.AUDIT_TYPE, id);
    }

    /**
     * Adds a contact to a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     * @throws InvalidContactException listing every field that breaks a rule
     */
    public Contact create(long customerId, ContactForm form) {
        Customer customer = customers.getVisible(customerId);
        ContactValues values = ContactRules.check(form, today());

        Contact contact = new Contact(customer, caller.getName());
        contact.apply(values);
        em.persist(contact);
        em.flush();
        changeLog.created(contact);

        LOG.info(() -> "Contact " + contact.getId() + " of customer " + customerId + " created by "
                + caller.getName());
        return contact;
    }

    /**
     * Saves the form over a contact the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleContactException   when someone saved the contact since then
     * @throws InvalidContactException listing every field that breaks a rule
     */
    public Contact update(long id, int version, ContactForm form) {
        Contact contact = get(id);
        if (contact.getVersion() != version) {
            throw new StaleContactException(id);
        }
        ContactValues values = ContactRules.check(form, today());

        Map<String, Object> before = ChangeLog.snapshot(contact);
        contact.apply(values);
        em.flush();
        changeLog.updated(contact, before);

        LOG.info(() -> "Contact " + id + " updated by " + caller.getName());
        return contact;
    }

    /**
     * Moves a contact the caller may see to the recycle bin, from which a Boss can restore it.
     *
     * @throws RecordNotFoundException when the contact is not visible, or already in the bin
     */
    public void delete(long id) {
        Contact contact = get(id);
        Customer customer = contact.getCustomer();
        String label = contact.getName() + " (" + customer.getName() + ")";

        // The recycle bin logs the deletion with the contact's id and the caller.
        recycleBin.delete(BinRecordType.CONTACT, contact, label, customer.getId());
    }

    /**
     * Returns the query of the visible contacts that match the filter. A search first lists the
     * visible customers whose name matches, up to {@link #SEARCH_CUSTOMERS_MAX}, so the contact
     * query can find their contacts through the customer index of the contact table.
     */
    private ContactQuery visibleQuery(ContactFilter filter) {
        JpqlCondition visible = customers.visibleCondition("c");
        if (filter == null || filter.search() == null || filter.search().isBlank()) {
            return ContactQuery.visible(visible, filter, List.of());
        }
        List<Long> named = ContactQuery.customersNamed(em, visible, filter.search())
                .setMaxResults(SEARCH_CUSTOMERS_MAX + 1)
                .getResultList();
        return ContactQuery.visible(visible, filter, named.size() > SEARCH_CUSTOMERS_MAX ? null : named);
    }

    private static <T> List<T> page(TypedQuery<T> query, int first, int pageSize) {
        return query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /** Returns today's date in the company's time zone, the day against which a birthday counts as future. */
    static LocalDate today() {
        return CompanyCalendar.current().today();
    }
}
