package org.xtoolscrm.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessScope;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contact.ContactService;
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.customer.CustomerShare;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Creates, edits and reads schedules. A schedule is visible to a caller who has its
 * owner in scope or who may see its customer. Seeing it allows editing, marking it
 * done and deleting it, just as a share of a customer allows writing its records.
 * A new schedule belongs to the caller, or for a Manager or Boss to someone in their
 * scope. A schedule on a customer needs that customer to be visible to the caller, and
 * its contact, if any, must be a live contact of that customer. Every change writes
 * the change log, and deleting moves the schedule to the recycle bin.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ScheduleService {

    private static final Logger LOG = Logger.getLogger(ScheduleService.class.getName());

    /** The largest page a caller may request, such as the schedules of a month's calendar. */
    public static final int MAX_PAGE_SIZE = 500;

    /** The maximum number of reminders returned at once; the rest show once the first ones are dismissed. */
    public static final int MAX_REMINDERS = 20;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    @EJB
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /** Returns the reminder a new schedule gets, in minutes before its start. */
    public int defaultReminderMinutes() {
        return ScheduleSettings.current().defaultReminderMinutes();
    }

    /**
     * Creates a schedule.
     *
     * @throws InvalidScheduleException when a field breaks a rule, the type is not an enabled
     *                                  option, the owner is not allowed, or the contact is not a
     *                                  live contact of the customer
     * @throws RecordNotFoundException  when the customer is not visible to the caller
     */
    public Schedule create(ScheduleForm form) {
        ScheduleForm clean = checked(form);
        User creator = access.currentUser();
        User owner = clean.getOwnerId() == null ? creator : allowedOwner(clean.getOwnerId());
        checkTypeEnabled(clean.getType());
        Customer customer = clean.getCustomerId() == null ? null : customers.getVisible(clean.getCustomerId());
        if (!owner.getId().equals(creator.getId())) {
            checkOwnerSeesCustomer(owner, customer);
        }
        checkContact(clean.getContactId(), customer);
        checkOpportunity(clean.getOpportunityId(), customer);

        Schedule schedule = new Schedule();
        schedule.setOwner(owner);
        schedule.setCustomer(customer);
        apply(clean, schedule);
        em.persist(schedule);
        em.flush();
        changeLog.created(schedule);

        LOG.info(() -> "Schedule " + schedule.getId() + " created by " + caller.getName() + " for "
                + owner.getLogin() + (customer == null ? "" : " on customer " + customer.getId()));
        return schedule;
    }

    /**
     * Saves the form over a schedule the caller may see. A changed owner must be allowed
     * like a new schedule's; a changed customer must be visible; an unchanged type may have
     * been disabled since. The contact is checked against the customer on every save, so a
     * contact moved to the recycle bin since must be cleared or replaced.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleScheduleException when someone saved the schedule since then
     */
    public Schedule update(long id, int version, ScheduleForm form) {
        Schedule schedule = loadCurrent(id, version);
        ScheduleForm clean = checked(form);

        User owner = schedule.getOwner();
        if (clean.getOwnerId() != null && !clean.getOwnerId().equals(owner.getId())) {
            owner = allowedOwner(clean.getOwnerId());
        }
        if (!clean.getType().equals(schedule.getType())) {
            checkTypeEnabled(clean.getType());
        }
        Customer customer = schedule.getCustomer();
        if (!Objects.equals(clean.getCustomerId(), schedule.getCustomerId())) {
            customer = clean.getCustomerId() == null ? null : customers.getVisible(clean.getCustomerId());
        }
        boolean ownerOrCustomerChanged = owner != schedule.getOwner() || customer != schedule.getCustomer();
        if (ownerOrCustomerChanged && !owner.getId().equals(access.currentUser().getId())) {
            checkOwnerSeesCustomer(owner, customer);
        }
        checkContact(clean.getContactId(), customer);
        checkOpportunity(clean.getOpportunityId(), customer);

        Map<String, Object> before = ChangeLog.snapshot(schedule);
        schedule.setOwner(owner);
        schedule.setCustomer(customer);
        apply(clean, schedule);
        flush(id);
        changeLog.updated(schedule, before);

        LOG.info(() -> "Schedule " + id + " updated by " + caller.getName());
        return schedule;
    }

    /**
     * Marks a schedule done, or not done again. A done schedule no longer reminds its owner.
     *
     * @throws StaleScheduleException when someone saved the schedule since the caller loaded {@code version}
     */
    public Schedule setDone(long id, int version, boolean done) {
        Schedule schedule = loadCurrent(id, version);
        if (schedule.isDone() == done) {
            return schedule;
        }
        Map<String, Object> before = ChangeLog.snapshot(schedule);
        schedule.setDone(done);
        flush(id);
        changeLog.updated(schedule, before);

        LOG.info(() -> "Schedule " + id + " marked " + (done ? "done" : "not done") + " by " + caller.getName());
        return schedule;
    }

    /**
     * Moves a schedule the caller may see to the recycle bin.
     *
     * @throws StaleScheduleException when someone saved the schedule since the caller loaded {@code version}
     */
    public void delete(long id, int version) {
        Schedule schedule = loadCurrent(id, version);
        recycleBin.delete(BinRecordType.SCHEDULE, schedule, schedule.getSubject(), schedule.getCustomerId());
    }

    /**
     * Returns a schedule the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or is not visible
     */
    public Schedule getVisible(long id) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule == null || schedule.isDeleted() || !isVisible(schedule)) {
            LOG.fine(() -> "Schedule " + id + " not found for " + caller.getName());
            throw new RecordNotFoundException("Schedule", id);
        }
        return schedule;
    }

    /** Returns the change log of a schedule the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        getVisible(id);
        return changeLog.history(Schedule.AUDIT_TYPE, id);
    }

    /**
     * Returns the schedules on the given calendars that overlap the range, by start, one
     * page at a time, with the number that match in all.
     *
     * @throws RecordNotFoundException when a single user's calendar is asked for and the
     *                                 user is outside the caller's scope
     */
    public SchedulePage findInRange(CalendarOwners owners, CalendarRange range, int first, int pageSize) {
        ScheduleQuery query = ScheduleQuery.overlapping(range, ownerIds(owners));
        long total = query.count(em).getSingleResult();
        List<ScheduleRow> rows = total == 0 ? List.of() : query.rows(em, true)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(pageSize(pageSize))
                .getResultList();
        return new SchedulePage(rows, total);
    }

    /** Counts the schedules of a customer the caller may see. */
    public long countForCustomer(long customerId) {
        customers.getVisible(customerId);
        return ScheduleQuery.ofCustomer(customerId).count(em).getSingleResult();
    }

    /**
     * Returns one page of a customer's schedules: those that have not ended yet first,
     * soonest first, then those that have ended, latest first.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public List<ScheduleRow> findForCustomer(long customerId, int first, int pageSize) {
        customers.getVisible(customerId);
        Instant now = Instant.now();
        int start = Math.max(first, 0);
        int size = pageSize(pageSize);

        ScheduleQuery upcoming = ScheduleQuery.ofCustomer(customerId, now, true);
        long upcomingCount = upcoming.count(em).getSingleResult();
        List<ScheduleRow> rows = new ArrayList<>();
        if (start < upcomingCount) {
            rows.addAll(upcoming.rows(em, true).setFirstResult(start).setMaxResults(size).getResultList());
        }
        if (rows.size() < size) {
            int pastFirst = (int) Math.max(0, start - upcomingCount);
            rows.addAll(ScheduleQuery.ofCustomer(customerId, now, false).rows(em, false)
                    .setFirstResult(pastFirst)
                    .setMaxResults(size - rows.size())
                    .getResultList());
        }
        return rows;
    }

    /**
     * Returns the schedules that name a deal the caller may see, latest start first. A caller
     * who may see the deal's customer gets all of them, as on the customer's tab. One who may
     * see the deal only through its owner gets those of the owners in their scope.
     *
     * @throws RecordNotFoundException when the deal is not visible to the caller
     */
    public List<ScheduleRow> findForOpportunity(long opportunityId, int max) {
        Opportunity deal = opportunities.get(opportunityId);
        AccessScope scope = access.currentScope();
        Set<Long> owners = scope.all() || customers.isVisible(deal.getCustomer().getId()) ? null : scope.ownerIds();
        return ScheduleQuery.ofOpportunity(opportunityId, owners).rows(em, false)
                .setMaxResults(pageSize(max))
                .getResultList();
    }

    /** Returns the caller's own schedules whose reminder shows now, soonest first. */
    public List<ScheduleRow> remindersDue() {
        return remindersDueAt(Instant.now());
    }

    /**
     * Returns the caller's own schedules whose reminder shows at the moment: the moment is
     * in the schedule's {@link ReminderWindow}, and it is neither done nor dismissed.
     */
    public List<ScheduleRow> remindersDueAt(Instant moment) {
        long ownerId = access.currentUser().getId();
        return ScheduleQuery.remindersDue(ownerId, moment).rows(em, true)
                .setMaxResults(MAX_REMINDERS)
                .getResultList();
    }

    /**
     * Stops the reminder of one of the caller's own schedules from showing. It comes back
     * when the schedule's start or reminder changes. Dismissing is not an edit of the
     * schedule, so it keeps the version and does not go to the change log.
     *
     * @throws RecordNotFoundException when the schedule is not the caller's own or is in the recycle bin
     */
    public void dismissReminder(long id) {
        long ownerId = access.currentUser().getId();
        // Native SQL, because EclipseLink raises the version in a JPQL bulk update.
        int dismissed = em.createNativeQuery("UPDATE schedule SET reminder_dismissed = TRUE "
                        + "WHERE id = ? AND owner_id = ? AND deletion_id IS NULL")
                .setParameter(1, id)
                .setParameter(2, ownerId)
                .executeUpdate();
        if (dismissed == 0) {
            throw new RecordNotFoundException("Schedule", id);
        }
        LOG.fine(() -> "Reminder of schedule " + id + " dismissed by " + caller.getName());
    }

    private ScheduleForm checked(ScheduleForm form) {
        ScheduleForm clean = ScheduleRules.normalize(form, CompanyCalendar.current().zone());
        List<ScheduleProblem> problems = ScheduleRules.check(clean);
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(problems);
        }
        return clean;
    }

    private static void apply(ScheduleForm form, Schedule schedule) {
        schedule.setTiming(form.getStart(), form.getEnd(), form.isAllDay(), form.getReminderMinutes());
        schedule.setType(form.getType());
        schedule.setSubject(form.getSubject());
        schedule.setPlace(form.getPlace());
        schedule.setContactId(form.getContactId());
        schedule.setOpportunityId(form.getOpportunityId());
        schedule.setNotes(form.getNotes());
    }

    private Schedule loadCurrent(long id, int version) {
        Schedule schedule = getVisible(id);
        if (schedule.getVersion() != version) {
            throw new StaleScheduleException(id);
        }
        return schedule;
    }

    private boolean isVisible(Schedule schedule) {
        if (access.currentScope().canSee(schedule.getOwner().getId())) {
            return true;
        }
        return schedule.getCustomerId() != null && isCustomerVisible(schedule.getCustomerId());
    }

    /** Asks the database with the customer list's own visibility condition, so the rule has one home. */
    private boolean isCustomerVisible(long customerId) {
        JpqlWhere where = new JpqlWhere()
                .and("c.id = :customerId", "customerId", customerId)
                .and(customers.visibleCondition("c"));
        return where.bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + where, Long.class))
                .getSingleResult() > 0;
    }

    /** Returns an enabled user in the caller's scope, who may own the caller's new schedules. */
    private User allowedOwner(long ownerId) {
        User owner = em.find(User.class, ownerId);
        if (owner == null || !owner.isEnabled() || !access.currentScope().canSee(ownerId)) {
            throw new InvalidScheduleException(ScheduleError.OWNER_NOT_ALLOWED);
        }
        return owner;
    }

    /**
     * Rejects a schedule for someone else on a customer that person cannot see, since
     * it would show them the customer's name and lead them to a page they cannot open.
     */
    private void checkOwnerSeesCustomer(User owner, Customer customer) {
        if (customer == null) {
            return;
        }
        AccessScope ownerScope = access.scopeOf(owner);
        boolean sees = ownerScope.canSee(customer.getOwner().getId())
                || em.find(CustomerShare.class, new CustomerShare.Key(customer.getId(), owner.getId())) != null;
        if (!sees) {
            throw new InvalidScheduleException(ScheduleError.OWNER_CANNOT_SEE_CUSTOMER, owner.getDisplayName());
        }
    }

    /** Rejects a contact that is not a live contact of the schedule's customer, or any contact without a customer. */
    private void checkContact(Long contactId, Customer customer) {
        if (contactId != null && !contacts.isLiveContactOf(contactId, customer == null ? null : customer.getId())) {
            throw new InvalidScheduleException(ScheduleError.CONTACT_INVALID);
        }
    }

    /** Rejects an opportunity that is not a live deal of the schedule's customer. */
    private void checkOpportunity(Long opportunityId, Customer customer) {
        if (opportunityId != null
                && !opportunities.isLiveDealOf(opportunityId, customer == null ? null : customer.getId())) {
            throw new InvalidScheduleException(ScheduleError.OPPORTUNITY_INVALID);
        }
    }

    private void checkTypeEnabled(String code) {
        long options = em.createQuery("SELECT COUNT(o) FROM DictionaryOption o WHERE o.dictionaryList = :list "
                        + "AND o.code = :code AND o.enabled = TRUE", Long.class)
                .setParameter("list", DictionaryList.SCHEDULE_TYPE)
                .setParameter("code", code)
                .getSingleResult();
        if (options == 0) {
            throw new InvalidScheduleException(ScheduleError.TYPE_UNKNOWN, code);
        }
    }

    /** Returns the owners whose calendars to read, or null for everyone's. */
    private Set<Long> ownerIds(CalendarOwners owners) {
        AccessScope scope = access.currentScope();
        return switch (owners.kind()) {
            case SELF -> Set.of(scope.userId());
            case USER -> {
                if (!scope.canSee(owners.userId())) {
                    throw new RecordNotFoundException("User", owners.userId());
                }
                yield Set.of(owners.userId());
            }
            case TEAM -> scope.all() ? null : scope.ownerIds();
        };
    }

    private static int pageSize(int requested) {
        return Math.min(Math.max(requested, 1), MAX_PAGE_SIZE);
    }

    /** Writes the change now, so that a concurrent change shows as a stale edit rather than a server error. */
    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleScheduleException(id);
        }
    }
}
