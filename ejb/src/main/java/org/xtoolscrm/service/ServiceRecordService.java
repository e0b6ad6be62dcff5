package org.xtoolscrm.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.security.Principal;
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

/**
 * Reads and writes the service records of customers. A record is visible exactly when its
 * customer is, and every user who can see it (through a customer share too) may edit and delete it.
 * Every change writes the change log, and deleting moves the record to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ServiceRecordService {

    private static final Logger LOG = Logger.getLogger(ServiceRecordService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The length of the content's start that labels a record in the recycle bin, after its date. */
    private static final int LABEL_LENGTH = 48;

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

    /** Counts the service records that match the filter on every customer the caller may see. */
    public long count(ServiceRecordFilter filter) {
        return new ServiceRecordQuery(access.visibleCustomers(), filter).count(em).getSingleResult();
    }

    /** Returns one page of the service records that match the filter on every customer the caller may see. */
    public List<ServiceRecordRow> findPage(ServiceRecordFilter filter, ServiceRecordSortField sort, boolean ascending,
                                           int first, int pageSize) {
        return page(new ServiceRecordQuery(access.visibleCustomers(), filter).rows(em, sort, ascending), first,
                pageSize);
    }

    /** Sums the hours of the service records that match the filter on every customer the caller may see. */
    public BigDecimal totalHours(ServiceRecordFilter filter) {
        BigDecimal sum = new ServiceRecordQuery(access.visibleCustomers(), filter).hours(em).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * Counts the live service records of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is not visible
     */
    public long countForCustomer(long customerId) {
        access.customer(customerId);
        return new ServiceRecordQuery(AfterSalesAccess.ofCustomer(customerId), null).count(em).getSingleResult();
    }

    /**
     * Returns one page of the live service records of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is not visible
     */
    public List<ServiceRecordRow> findPageForCustomer(long customerId, ServiceRecordSortField sort, boolean ascending,
                                                      int first, int pageSize) {
        access.customer(customerId);
        return page(new ServiceRecordQuery(AfterSalesAccess.ofCustomer(customerId), null).rows(em, sort, ascending),
                first, pageSize);
    }

    /**
     * Sums the hours of the live service records of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is not visible
     */
    public BigDecimal totalHoursForCustomer(long customerId) {
        access.customer(customerId);
        BigDecimal sum = new ServiceRecordQuery(AfterSalesAccess.ofCustomer(customerId), null).hours(em)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * Returns a live service record the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or its customer is not visible
     */
    public ServiceRecord get(long id) {
        return access.load(ServiceRecord.class, ServiceRecord.AUDIT_TYPE, id);
    }

    /** Returns the change log of a service record the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(ServiceRecord.AUDIT_TYPE, id);
    }

    /**
     * Records service given to a customer the caller may see. Without a handler in the form
     * the caller is the handler.
     *
     * @throws RecordNotFoundException    when the customer does not exist or is not visible
     * @throws InvalidAfterSalesException with every broken rule of the form
     */
    public ServiceRecord create(long customerId, ServiceRecordForm form) {
        Customer customer = access.customer(customerId);
        User handler = check(form, null, null);

        ServiceRecord record = new ServiceRecord(customer);
        ServiceRecordRules.apply(form, record);
        record.setHandler(handler);
        em.persist(record);
        em.flush();
        changeLog.created(record);

        LOG.info(() -> "Service record " + record.getId() + " on customer " + customerId + " created by "
                + caller.getName() + " for " + handler.getLogin());
        return record;
    }

    /**
     * Saves the form over a service record the caller may see.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleAfterSalesException   when someone saved the record since then
     * @throws RecordNotFoundException    when it is gone, such as deleted in the meantime
     * @throws InvalidAfterSalesException with every broken rule of the form
     */
    public ServiceRecord update(long id, int version, ServiceRecordForm form) {
        ServiceRecord record = access.loadCurrent(ServiceRecord.class, ServiceRecord.AUDIT_TYPE, id, version);
        User handler = check(form, record.getTypeCode(), record.getHandler());

        Map<String, Object> before = ChangeLog.snapshot(record);
        ServiceRecordRules.apply(form, record);
        record.setHandler(handler);
        access.flush(ServiceRecord.AUDIT_TYPE, id);
        changeLog.updated(record, before);

        LOG.info(() -> "Service record " + id + " updated by " + caller.getName());
        return record;
    }

    /**
     * Moves a service record the caller may see to the recycle bin.
     *
     * @throws StaleAfterSalesException when someone saved it since the caller loaded it
     */
    public void delete(long id, int version) {
        ServiceRecord record = access.loadCurrent(ServiceRecord.class, ServiceRecord.AUDIT_TYPE, id, version);
        recycleBin.delete(BinRecordType.SERVICE_RECORD, record,
                record.getServiceDate() + " · " + AfterSalesText.label(record.getContent(), LABEL_LENGTH),
                record.getCustomer().getId());
    }

    /**
     * Checks the form and the choices that need the database, and returns the handler.
     *
     * @param currentType    the stored type of the record being edited, or null for a new one
     * @param currentHandler the handler of the record being edited, or null for a new one
     */
    private User check(ServiceRecordForm form, String currentType, User currentHandler) {
        List<AfterSalesProblem> problems = new ArrayList<>(
                ServiceRecordRules.problems(form, CompanyCalendar.current().today()));
        String type = AfterSalesText.code(form.getTypeCode());
        if (!access.isTypeAllowed(DictionaryList.SERVICE_TYPE, type, currentType)) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.TYPE_UNKNOWN, type));
        }
        User handler = access.handler(form.getHandlerId(), currentHandler);
        if (handler == null) {
            problems.add(AfterSalesProblem.of(ServiceRecordError.HANDLER_NOT_ALLOWED));
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
}
