package org.xtoolscrm.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.persistence.JoinOrder;

/**
 * Records, edits and lists the activities of customers. A user who may see a
 * customer may also read, edit and delete its activities, because a customer share
 * grants read and write. Its owner is the user who recorded it and never
 * changes. Its contact, if any, must be a live contact of its customer. Every change
 * writes the change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ActivityService {

    private static final Logger LOG = Logger.getLogger(ActivityService.class.getName());

    /** The largest timeline page a caller may request. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The length of the content's beginning that labels an activity in the recycle bin. */
    private static final int LABEL_CONTENT_LENGTH = 60;

    /**
     * The timeline's rows. The contact's name comes from a live contact of the activity's own
     * customer only, so a contact in the recycle bin shows no name.
     */
    private static final String ROW_SELECT = "SELECT NEW org.xtoolscrm.activity.ActivityRow(a.id, a.type, a.time, "
            + "a.contactId, k.name, a.content, a.outcome, a.nextStep, a.nextStepDate, o.id, o.displayName, "
            + "a.version) FROM Activity a JOIN a.owner o "
            + "LEFT JOIN Contact k ON k.id = a.contactId AND k.customerId = a.customerId AND k.deletionId IS NULL";

    private static final String ROW = ROW_SELECT + " WHERE a.customerId = :customer AND a.deletionId IS NULL";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    @EJB
    private DictionaryService dictionary;

    @EJB
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Records an activity on a customer the caller may see, owned by the caller.
     *
     * @throws RecordNotFoundException  when the customer does not exist or is not visible to the caller
     * @throws InvalidActivityException with every broken rule of the form
     */
    public Activity create(long customerId, ActivityForm form) {
        Customer customer = customers.getVisible(customerId);
        check(form, null, customerId);

        Activity activity = new Activity(customer, access.currentUser());
        ActivityRules.apply(form, activity);
        em.persist(activity);
        em.flush();
        changeLog.created(activity);

        LOG.info(() -> "Activity " + activity.getId() + " recorded by " + caller.getName() + " on customer "
                + customerId);
        return activity;
    }

    /**
     * Saves the form over an activity the caller may see. A type whose option was
     * disabled since stays allowed while it is unchanged. The contact is checked on every
     * save, so a contact moved to the recycle bin since must be cleared or replaced.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleActivityException   when someone saved the activity since then
     * @throws InvalidActivityException with every broken rule of the form
     */
    public Activity update(long id, int version, ActivityForm form) {
        Activity activity = load(id);
        checkVersion(activity, version);
        check(form, activity.getType(), activity.getCustomer().getId());

        Map<String, Object> before = ChangeLog.snapshot(activity);
        ActivityRules.apply(form, activity);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleActivityException(id);
        }
        changeLog.updated(activity, before);

        LOG.info(() -> "Activity " + id + " updated by " + caller.getName());
        return activity;
    }

    /**
     * Moves an activity the caller may see to the recycle bin. It comes back on its own
     * from there, or with its customer when the customer is deleted and restored.
     *
     * @param version the version the caller's page was loaded at
     * @throws StaleActivityException when someone saved the activity since then
     */
    public void delete(long id, int version) {
        Activity activity = load(id);
        checkVersion(activity, version);
        recycleBin.delete(BinRecordType.ACTIVITY, activity, label(activity), activity.getCustomer().getId());
    }

    /**
     * Returns an activity the caller may see.
     *
     * @throws RecordNotFoundException when the activity does not exist, is in the recycle bin or is not visible
     */
    public Activity get(long id) {
        return load(id);
    }

    /** Returns the change log of an activity the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        load(id);
        return changeLog.history(Activity.AUDIT_TYPE, id);
    }

    /**
     * Returns one page of a customer's timeline, newest first. The query reads only
     * the page's rows from the index on (customer, deletion, time, id), so a customer
     * with a long history costs no more than one with a short one.
     *
     * @param after    the position of the last entry already shown, or null for the newest entries
     * @param pageSize the number of entries, at most {@link #MAX_PAGE_SIZE}
     * @throws RecordNotFoundException when the customer does not exist or is not visible to the caller
     */
    public TimelinePage timeline(long customerId, TimelinePosition after, int pageSize) {
        customers.getVisible(customerId);
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        String jpql = ROW + (after == null ? "" : " AND (a.time < :time OR (a.time = :time AND a.id < :id))")
                + " ORDER BY a.time DESC, a.id DESC";
        TypedQuery<ActivityRow> query = JoinOrder.asWritten(em.createQuery(jpql, ActivityRow.class))
                .setParameter("customer", customerId);
        if (after != null) {
            query.setParameter("time", after.time()).setParameter("id", after.id());
        }
        // Reading one row more than the page size shows whether older entries follow.
        List<ActivityRow> rows = new ArrayList<>(query.setMaxResults(size + 1).getResultList());
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(size);
        }
        return new TimelinePage(rows, more);
    }

    /**
     * Returns the activities that name a deal the caller may see, newest first. A caller who
     * may see the deal's customer gets all of them, as on the customer's timeline. One who
     * may see the deal only through its owner gets those of the owners in their scope.
     *
     * @throws RecordNotFoundException when the deal is not visible to the caller
     */
    public List<ActivityRow> findForOpportunity(long opportunityId, int max) {
        Opportunity deal = opportunities.get(opportunityId);
        AccessScope scope = access.currentScope();
        boolean all = scope.all() || customers.isVisible(deal.getCustomer().getId());
        String jpql = ROW_SELECT + " WHERE a.opportunityId = :opportunity AND a.deletionId IS NULL"
                + (all ? "" : " AND o.id IN :owners") + " ORDER BY a.time DESC, a.id DESC";
        TypedQuery<ActivityRow> query = em.createQuery(jpql, ActivityRow.class)
                .setParameter("opportunity", opportunityId);
        if (!all) {
            query.setParameter("owners", scope.ownerIds());
        }
        return query.setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE_SIZE)).getResultList();
    }

    /** Returns the codes of the enabled activity types, which new activities may use. */
    public Set<String> enabledTypes() {
        Set<String> codes = new HashSet<>();
        for (DictionaryOption option : dictionary.options(DictionaryList.ACTIVITY_TYPE, false)) {
            codes.add(option.getCode());
        }
        return codes;
    }

    /**
     * Raises an {@link InvalidActivityException} with every rule the form breaks, the
     * contact included.
     *
     * @param storedType the activity's type before an edit, or null on create
     * @param customerId the customer the activity is on, whose contact it may name
     */
    private void check(ActivityForm form, String storedType, long customerId) {
        Set<String> allowed = enabledTypes();
        if (storedType != null) {
            allowed.add(storedType);
        }
        List<ActivityProblem> problems = new ArrayList<>(ActivityRules.problems(form, allowed,
                CompanyCalendar.current()));
        if (form.getContactId() != null && !contacts.isLiveContactOf(form.getContactId(), customerId)) {
            problems.add(ActivityProblem.of(ActivityError.CONTACT_INVALID));
        }
        if (form.getOpportunityId() != null && !opportunities.isLiveDealOf(form.getOpportunityId(), customerId)) {
            problems.add(ActivityProblem.of(ActivityError.OPPORTUNITY_INVALID));
        }
        if (!problems.isEmpty()) {
            throw new InvalidActivityException(problems);
        }
    }

    /**
     * Loads a live activity whose customer the caller may see, or raises
     * {@link RecordNotFoundException}.
     */
    private Activity load(long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null || activity.isDeleted()) {
            LOG.fine(() -> "Activity " + id + " not found for " + caller.getName());
            throw new RecordNotFoundException(Activity.AUDIT_TYPE, id);
        }
        try {
            customers.getVisible(activity.getCustomer().getId());
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Activity " + id + " not visible to " + caller.getName());
            throw new RecordNotFoundException(Activity.AUDIT_TYPE, id);
        }
        return activity;
    }

    private static void checkVersion(Activity activity, int version) {
        if (activity.getVersion() != version) {
            throw new StaleActivityException(activity.getId());
        }
    }

    /** Returns what the recycle bin shows for an activity: its type, date and the start of its content. */
    private static String label(Activity activity) {
        String content = activity.getContent();
        String start = content.length() <= LABEL_CONTENT_LENGTH ? content
                : content.substring(0, LABEL_CONTENT_LENGTH - 1) + "…";
        return activity.getType() + " " + CompanyCalendar.current().dateOf(activity.getTime()) + ": " + start;
    }
}
