package org.xtoolscrm.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Reads and writes the complaints of customers. A complaint is visible exactly when its
 * customer is, and every user who can see it (through a customer share too) may edit and delete it.
 * Every change writes the change log, and deleting moves the complaint to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ComplaintService {

    private static final Logger LOG = Logger.getLogger(ComplaintService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The length of the description's start that labels a complaint in the recycle bin. */
    private static final int LABEL_LENGTH = 60;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private AfterSalesAccess access;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /** Counts the complaints that match the filter on every customer the caller may see. */
    public long count(ComplaintFilter filter) {
        return query(access.visibleCustomers(), filter).count(em).getSingleResult();
    }

    /** Returns one page of the complaints that match the filter on every customer the caller may see. */
    public List<ComplaintRow> findPage(ComplaintFilter filter, ComplaintSortField sort, boolean ascending, int first,
                                       int pageSize) {
        return page(query(access.visibleCustomers(), filter).rows(em, sort, ascending), first, pageSize);
    }

    /**
     * Counts the live complaints of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is not visible
     */
    public long countForCustomer(long customerId) {
        access.customer(customerId);
        return query(AfterSalesAccess.ofCustomer(customerId), null).count(em).getSingleResult();
    }

    /**
     * Returns one page of the live complaints of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is not visible
     */
    public List<ComplaintRow> findPageForCustomer(long customerId, ComplaintSortField sort, boolean ascending,
                                                  int first, int pageSize) {
        access.customer(customerId);
        return page(query(AfterSalesAccess.ofCustomer(customerId), null).rows(em, sort, ascending), first, pageSize);
    }

    /**
     * Returns a live complaint the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or its customer is not visible
     */
    public Complaint get(long id) {
        return access.load(Complaint.class, Complaint.AUDIT_TYPE, id);
    }

    /** Returns the change log of a complaint the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Complaint.AUDIT_TYPE, id);
    }

    /**
     * Records a complaint on a customer the caller may see. Without a handler in the form
     * the caller handles it.
     *
     * @throws RecordNotFoundException    when the customer does not exist or is not visible
     * @throws InvalidAfterSalesException with every broken rule of the form
     */
    public Complaint create(long customerId, ComplaintForm form) {
        Customer customer = access.customer(customerId);
        User handler = check(form, null, null);

        Complaint complaint = new Complaint(customer);
        ComplaintRules.apply(form, complaint, calendar().zone(), Instant.now());
        complaint.setHandler(handler);
        em.persist(complaint);
        em.flush();
        changeLog.created(complaint);

        LOG.info(() -> "Complaint " + complaint.getId() + " (" + complaint.getUrgency() + ") on customer "
                + customerId + " created by " + caller.getName() + " for " + handler.getLogin());
        return complaint;
    }

    /**
     * Saves the form over a complaint the caller may see. The time it was resolved is set
     * when it becomes resolved or closed, and cleared when it opens again.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleAfterSalesException   when someone saved the complaint since then
     * @throws RecordNotFoundException    when it is gone, such as deleted in the meantime
     * @throws InvalidAfterSalesException with every broken rule of the form
     */
    public Complaint update(long id, int version, ComplaintForm form) {
        Complaint complaint = access.loadCurrent(Complaint.class, Complaint.AUDIT_TYPE, id, version);
        User handler = check(form, complaint.getTypeCode(), complaint.getHandler());

        Map<String, Object> before = ChangeLog.snapshot(complaint);
        ComplaintRules.apply(form, complaint, calendar().zone(), Instant.now());
        complaint.setHandler(handler);
        access.flush(Complaint.AUDIT_TYPE, id);
        changeLog.updated(complaint, before);

        LOG.info(() -> "Complaint " + id + " updated by " + caller.getName() + ", now " + complaint.getStatus());
        return complaint;
    }

    /**
     * Moves a complaint the caller may see to the recycle bin.
     *
     * @throws StaleAfterSalesException when someone saved it since the caller loaded it
     */
    public void delete(long id, int version) {
        Complaint complaint = access.loadCurrent(Complaint.class, Complaint.AUDIT_TYPE, id, version);
        recycleBin.delete(BinRecordType.COMPLAINT, complaint,
                AfterSalesText.label(complaint.getDescription(), LABEL_LENGTH), complaint.getCustomer().getId());
    }

    /**
     * Checks the form and the choices that need the database, and returns the handler.
     *
     * @param currentType    the stored type of the complaint being edited, or null for a new one
     * @param currentHandler the handler of the complaint being edited, or null for a new one
     */
    private User check(ComplaintForm form, String currentType, User currentHandler) {
        LocalDateTime now = LocalDateTime.now(calendar().zone());
        List<AfterSalesProblem> problems = new ArrayList<>(ComplaintRules.problems(form, now));
        String type = AfterSalesText.code(form.getTypeCode());
        if (!access.isTypeAllowed(DictionaryList.COMPLAINT_TYPE, type, currentType)) {
            problems.add(AfterSalesProblem.of(ComplaintError.TYPE_UNKNOWN, type));
        }
        User handler = access.handler(form.getHandlerId(), currentHandler);
        if (handler == null) {
            problems.add(AfterSalesProblem.of(ComplaintError.HANDLER_NOT_ALLOWED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAfterSalesException(problems);
        }
        return handler;
    }

    private static <T> List<T> page(TypedQuery<T> query, int first, int pageSize) {
        return query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    private static ComplaintQuery query(JpqlCondition condition, ComplaintFilter filter) {
        return new ComplaintQuery(condition, filter, calendar().zone());
    }

    private static CompanyCalendar calendar() {
        return CompanyCalendar.current();
    }
}
