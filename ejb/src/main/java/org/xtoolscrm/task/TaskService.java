package org.xtoolscrm.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.persistence.JpqlCondition;

/**
 * Creates, edits, completes and lists tasks. A task is visible when its owner is in
 * the caller's scope or its customer is visible to the caller. A user who sees a task
 * may edit, complete and delete it, because a customer share grants read and write. A new
 * task belongs to the caller, or for a Boss or Manager to someone in their scope.
 * Its contact, if any, must be a live contact of its customer. Every change writes
 * the change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class TaskService {

    private static final Logger LOG = Logger.getLogger(TaskService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    @EJB
    private ContactService contacts;

    @EJB
    private OpportunityService opportunities;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Creates a task. Without an owner in the form the caller owns it.
     *
     * @throws RecordNotFoundException when the form names a customer the caller may not see
     * @throws InvalidTaskException    with every broken rule of the form
     */
    public Task create(TaskForm form) {
        Customer customer = form.getCustomerId() == null ? null : customers.getVisible(form.getCustomerId());
        List<TaskProblem> problems = new ArrayList<>(TaskRules.problems(form, calendar().today(), null));
        checkContact(form.getContactId(), customer, problems);
        checkOpportunity(form.getOpportunityId(), customer, problems);
        User owner = assignableOwner(form.getOwnerId(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(problems);
        }

        Task task = new Task();
        TaskRules.apply(form, task);
        task.setCustomer(customer);
        task.setOwner(owner);
        em.persist(task);
        em.flush();
        changeLog.created(task);

        LOG.info(() -> "Task " + task.getId() + " created by " + caller.getName() + " for " + owner.getLogin()
                + (customer == null ? "" : " on customer " + customer.getId()));
        return task;
    }

    /**
     * Saves the form over a task the caller may see. A due date in the past is kept
     * when it is unchanged, so an overdue task can still be edited.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleTaskException      when someone saved the task since then
     * @throws RecordNotFoundException when the task, or a newly chosen customer, is not visible
     * @throws InvalidTaskException    with every broken rule of the form
     */
    public Task update(long id, int version, TaskForm form) {
        Task task = load(id);
        checkVersion(task, version);
        Customer current = task.getCustomer();
        Long currentCustomerId = current == null ? null : current.getId();
        Customer customer = Objects.equals(form.getCustomerId(), currentCustomerId) ? current
                : form.getCustomerId() == null ? null : customers.getVisible(form.getCustomerId());
        List<TaskProblem> problems = new ArrayList<>(TaskRules.problems(form, calendar().today(),
                task.getDueDate()));
        checkContact(form.getContactId(), customer, problems);
        checkOpportunity(form.getOpportunityId(), customer, problems);
        User owner = assignableOwner(form.getOwnerId(), task.getOwner(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(problems);
        }

        Map<String, Object> before = ChangeLog.snapshot(task);
        TaskRules.apply(form, task);
        task.setCustomer(customer);
        task.setOwner(owner);
        flush(id);
        changeLog.updated(task, before);

        LOG.info(() -> "Task " + id + " updated by " + caller.getName());
        return task;
    }

    /** Marks a task the caller may see as done now. A task that is done already stays as it is. */
    public Task complete(long id) {
        Task task = load(id);
        if (task.isDone()) {
            return task;
        }
        Map<String, Object> before = ChangeLog.snapshot(task);
        task.complete(calendar().now());
        flush(id);
        changeLog.updated(task, before);

        LOG.info(() -> "Task " + id + " completed by " + caller.getName());
        return task;
    }

    /** Marks a done task the caller may see as open again. An open task stays as it is. */
    public Task reopen(long id) {
        Task task = load(id);
        if (!task.isDone()) {
            return task;
        }
        Map<String, Object> before = ChangeLog.snapshot(task);
        task.reopen();
        flush(id);
        changeLog.updated(task, before);

        LOG.info(() -> "Task " + id + " reopened by " + caller.getName());
        return task;
    }

    /**
     * Moves a task the caller may see to the recycle bin. A task without a customer
     * gets a bin entry of its own; one with a customer is restored only while its
     * customer is live.
     *
     * @param version the version the caller's page was loaded at
     * @throws StaleTaskException when someone saved the task since then
     */
    public void delete(long id, int version) {
        Task task = load(id);
        checkVersion(task, version);
        Long customerId = task.getCustomer() == null ? null : task.getCustomer().getId();
        recycleBin.delete(BinRecordType.TASK, task, task.getSubject(), customerId);
    }

    /**
     * Returns a task the caller may see.
     *
     * @throws RecordNotFoundException when the task does not exist, is in the recycle bin or is not visible
     */
    public Task get(long id) {
        return load(id);
    }

    /** Returns the change log of a task the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        load(id);
        return changeLog.history(Task.AUDIT_TYPE, id);
    }

    /** Counts the tasks that match the filter and that the caller may see. */
    public long count(TaskFilter filter) {
        return query(filter, null).count(em).getSingleResult();
    }

    /** Returns one page of the tasks that match the filter and that the caller may see. */
    public List<TaskRow> findPage(TaskFilter filter, TaskSortField sort, boolean ascending, int first,
                                  int pageSize) {
        return page(query(filter, null), sort, ascending, first, pageSize);
    }

    /** Counts the open tasks of the assignee that the caller may see. */
    public long countOpen(TaskAssignee assignee) {
        return count(TaskFilter.open(assignee));
    }

    /**
     * Returns one page of the open tasks of the assignee that the caller may see:
     * overdue first, then by due date, tasks without a due date last.
     */
    public List<TaskRow> findOpen(TaskAssignee assignee, int first, int pageSize) {
        return findPage(TaskFilter.open(assignee), TaskSortField.URGENCY, true, first, pageSize);
    }

    /**
     * Counts the tasks of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public long countForCustomer(long customerId, TaskState state) {
        customers.getVisible(customerId);
        return query(new TaskFilter(state, TaskAssignee.scope(), null), customerId).count(em).getSingleResult();
    }

    /**
     * Returns one page of the tasks of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public List<TaskRow> findForCustomer(long customerId, TaskState state, TaskSortField sort, boolean ascending,
                                         int first, int pageSize) {
        customers.getVisible(customerId);
        return page(query(new TaskFilter(state, TaskAssignee.scope(), null), customerId), sort, ascending, first,
                pageSize);
    }

    /**
     * Returns the tasks the caller may see that name a deal the caller may see, open ones
     * first, by urgency.
     *
     * @throws RecordNotFoundException when the deal is not visible to the caller
     */
    public List<TaskRow> findForOpportunity(long opportunityId, int max) {
        opportunities.get(opportunityId);
        return page(query(new TaskFilter(TaskState.ALL, TaskAssignee.scope(), null), null)
                .forOpportunity(opportunityId), TaskSortField.URGENCY, true, 0, max);
    }

    private List<TaskRow> page(TaskQuery query, TaskSortField sort, boolean ascending, int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        List<TaskRow> rows = query.rows(em, sort, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(size)
                .getResultList();
        CompanyCalendar calendar = calendar();
        rows.forEach(row -> row.markOverdue(calendar));
        return rows;
    }

    private TaskQuery query(TaskFilter filter, Long customerId) {
        AccessScope scope = access.currentScope();
        TaskFilter effective = filter == null ? TaskFilter.open(null) : filter;
        return new TaskQuery(visibleCondition(scope, effective.assignee()), effective, scope.userId(), customerId);
    }

    /**
     * Returns the condition that limits a query to the tasks the caller may see: live,
     * and owned by someone in the caller's scope or tied to a customer the caller may
     * see. It uses {@code t} for the task, {@code o} for its owner and {@code c} for its
     * customer, joined with LEFT JOIN since a task may have none.
     */
    private JpqlCondition visibleCondition(AccessScope scope, TaskAssignee assignee) {
        if (scope.all() || ownersInScope(scope, assignee)) {
            return new JpqlCondition("t.deletionId IS NULL", Map.of());
        }
        JpqlCondition customerVisible = customers.visibleCondition("c");
        Map<String, Object> parameters = new HashMap<>(customerVisible.parameters());
        parameters.put("visibleOwners", scope.ownerIds());
        return new JpqlCondition("t.deletionId IS NULL AND (o.id IN :visibleOwners OR (c.id IS NOT NULL AND ("
                + customerVisible.jpql() + ")))", parameters);
    }

    /**
     * Returns whether every task of the assignee is visible through its owner alone: the
     * caller's own tasks, or those of one user in the caller's scope. The query then needs
     * no customer condition, and counts the open tasks from the owner index alone.
     */
    private static boolean ownersInScope(AccessScope scope, TaskAssignee assignee) {
        return switch (assignee == null ? TaskAssignee.Kind.SCOPE : assignee.kind()) {
            case CALLER -> true;
            case USER -> scope.canSee(assignee.userId());
            case SCOPE -> false;
        };
    }

    /** Loads a live task the caller may see, or raises {@link RecordNotFoundException}. */
    private Task load(long id) {
        Task task = em.find(Task.class, id);
        if (task == null || task.isDeleted() || !isVisible(task)) {
            LOG.fine(() -> "Task " + id + " not found for " + caller.getName());
            throw new RecordNotFoundException(Task.AUDIT_TYPE, id);
        }
        return task;
    }

    private boolean isVisible(Task task) {
        AccessScope scope = access.currentScope();
        if (scope.canSee(task.getOwner().getId())) {
            return true;
        }
        if (task.getCustomer() == null) {
            return false;
        }
        // A query rather than CustomerService.getVisible, whose exception would mark the
        // transaction for rollback even when caught here.
        JpqlCondition visible = customers.visibleCondition("c");
        var query = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.id = :id AND " + visible.jpql(),
                Long.class).setParameter("id", task.getCustomer().getId());
        visible.parameters().forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }

    /**
     * Returns the owner a saved task gets: the caller when none is chosen, the current
     * owner when unchanged, otherwise an enabled user in the caller's scope. A broken
     * rule is added to the problems, and the current owner or the caller is returned.
     *
     * @param current the task's owner before an edit, or null on create
     */
    private User assignableOwner(Long ownerId, User current, List<TaskProblem> problems) {
        if (ownerId == null) {
            return current == null ? access.currentUser() : current;
        }
        if (current != null && ownerId.equals(current.getId())) {
            return current;
        }
        User owner = em.find(User.class, ownerId);
        if (owner == null || !owner.isEnabled() || !access.currentScope().canSee(ownerId)) {
            problems.add(TaskProblem.of(TaskError.OWNER_NOT_ALLOWED));
            return current == null ? access.currentUser() : current;
        }
        return owner;
    }

    /**
     * Adds a problem when the task names a contact that is not a live contact of its customer.
     * The check runs on every save, so a contact moved to the recycle bin since must be cleared.
     */
    private void checkContact(Long contactId, Customer customer, List<TaskProblem> problems) {
        if (contactId != null && !contacts.isLiveContactOf(contactId, customer == null ? null : customer.getId())) {
            problems.add(TaskProblem.of(TaskError.CONTACT_INVALID));
        }
    }

    /** Adds a problem when the task names an opportunity that is not a live deal of its customer. */
    private void checkOpportunity(Long opportunityId, Customer customer, List<TaskProblem> problems) {
        if (opportunityId != null
                && !opportunities.isLiveDealOf(opportunityId, customer == null ? null : customer.getId())) {
            problems.add(TaskProblem.of(TaskError.OPPORTUNITY_ID_INVALID, opportunityId));
        }
    }

    private static void checkVersion(Task task, int version) {
        if (task.getVersion() != version) {
            throw new StaleTaskException(task.getId());
        }
    }

    /** Writes the change now, so that a concurrent save shows as a stale edit rather than a server error. */
    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleTaskException(id);
        }
    }

    private static CompanyCalendar calendar() {
        return CompanyCalendar.current();
    }
}
