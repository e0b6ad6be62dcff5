package org.xtoolscrm.expense;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.xtoolscrm.customer.Customer;
import org.xtoolscrm.customer.CustomerService;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.persistence.JpqlCondition;
import org.xtoolscrm.persistence.JpqlWhere;

/**
 * Records expenses on customers and decides on them. An expense is visible to every user
 * who may see its customer or its filer's records, so a Manager can list what their team
 * spent. Any user who may see a customer records expenses on it. Only the filer edits or
 * deletes one, under the rules of {@link ExpenseRights}, and Managers and Bosses approve
 * or reject. Every change writes the change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ExpenseService {

    private static final Logger LOG = Logger.getLogger(ExpenseService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    @EJB
    private DictionaryService dictionary;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    /** Returns what the caller may do with expenses: edit and delete their own, decide on others'. */
    public ExpenseRights rights() {
        return caller().rights();
    }

    // Lists across customers

    /** Counts the expenses that match the filter and that the caller may see. */
    public long count(ExpenseFilter filter) {
        Caller caller = caller();
        if (excludesAll(filter, caller)) {
            return 0;
        }
        return query(filter, caller).count(em).getSingleResult();
    }

    /** Returns one page of the expenses that match the filter and that the caller may see. */
    public List<ExpenseRow> findPage(ExpenseFilter filter, ExpenseSortField sort, boolean ascending, int first,
                                     int pageSize) {
        Caller caller = caller();
        if (excludesAll(filter, caller)) {
            return List.of();
        }
        List<ExpenseRow> rows = page(query(filter, caller).rows(em, sort, ascending), first, pageSize);
        grant(rows, caller);
        return rows;
    }

    /** Sums the expenses that match the filter and that the caller may see, per status and currency. */
    public List<ExpenseTotal> totals(ExpenseFilter filter) {
        Caller caller = caller();
        if (excludesAll(filter, caller)) {
            return List.of();
        }
        return query(filter, caller).totals(em).getResultList();
    }

    // The expenses of one customer, for its 360 view

    /**
     * Counts the live expenses of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     */
    public long countForCustomer(long customerId) {
        customers.getVisible(customerId);
        return ofCustomer(customerId, null).count(em).getSingleResult();
    }

    /** Returns one page of the live expenses of a customer the caller may see. */
    public List<ExpenseRow> findPageForCustomer(long customerId, ExpenseSortField sort, boolean ascending,
                                                int first, int pageSize) {
        customers.getVisible(customerId);
        List<ExpenseRow> rows = page(ofCustomer(customerId, null).rows(em, sort, ascending), first, pageSize);
        ExpenseRights rights = rights();
        rows.forEach(row -> row.grant(rights, true));
        return rows;
    }

    /** Sums the live expenses of a customer the caller may see, per status and currency. */
    public List<ExpenseTotal> totalsForCustomer(long customerId) {
        customers.getVisible(customerId);
        return ofCustomer(customerId, null).totals(em).getResultList();
    }

    /**
     * Sums the approved expenses of a customer the caller may see, per currency. Submitted
     * and rejected expenses never count.
     */
    public List<ExpenseTotal> approvedTotalsForCustomer(long customerId) {
        customers.getVisible(customerId);
        return ofCustomer(customerId, ExpenseFilter.none().withStatus(ExpenseStatus.APPROVED))
                .totals(em).getResultList();
    }

    // One expense

    /**
     * Returns an expense the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or is outside the caller's scope
     */
    public Expense get(long id) {
        Caller caller = caller();
        JpqlWhere where = new JpqlWhere()
                .and("e.id = :id", "id", id)
                .and("e.deletionId IS NULL")
                .and(visibleExpenses(caller.scope()));
        List<Expense> found = where.bind(em.createQuery(
                        "SELECT e FROM Expense e JOIN e.customer c JOIN e.filedBy f" + where, Expense.class))
                .getResultList();
        if (found.isEmpty()) {
            LOG.fine(() -> "Expense " + id + " not found for user " + caller.user().getId());
            throw new RecordNotFoundException(Expense.AUDIT_TYPE, id);
        }
        return found.get(0);
    }

    /** Returns the change log of an expense the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Expense.AUDIT_TYPE, id);
    }

    /**
     * Records an expense, filed by the caller and submitted for approval, on a customer the
     * caller may see.
     *
     * @throws RecordNotFoundException when the customer does not exist or is outside the caller's scope
     * @throws InvalidExpenseException when a field breaks a rule
     */
    public Expense create(long customerId, ExpenseInput input) {
        Customer customer = customers.getVisible(customerId);
        User filer = access.currentUser();
        Checked checked = check(input, null);

        Expense expense = new Expense(customer, filer);
        checked.applyTo(expense);
        em.persist(expense);
        em.flush();
        changeLog.created(expense);

        LOG.info(() -> "Expense " + expense.getId() + " of " + expense.getAmount() + " " + expense.getCurrency()
                + " on customer " + customerId + " created by " + filer.getLogin());
        return expense;
    }

    /**
     * Saves new fields over an expense the caller filed. Saving a rejected expense
     * submits it again.
     *
     * @param version the version the caller's form was loaded at
     * @throws InvalidExpenseException when the caller did not file it, it is approved, or a field breaks a rule
     * @throws StaleExpenseException   when someone changed or decided on it since the form was loaded
     */
    public Expense update(long id, int version, ExpenseInput input) {
        Expense expense = get(id);
        User caller = access.currentUser();
        if (!expense.getFiledBy().getId().equals(caller.getId())) {
            throw new InvalidExpenseException(ExpenseError.NOT_FILER);
        }
        if (expense.getStatus() == ExpenseStatus.APPROVED) {
            throw new InvalidExpenseException(ExpenseError.LOCKED);
        }
        if (expense.getVersion() != version) {
            throw new StaleExpenseException(id);
        }
        Checked checked = check(input, expense.getTypeCode());

        Map<String, Object> before = ChangeLog.snapshot(expense);
        boolean resubmitted = expense.getStatus() == ExpenseStatus.REJECTED;
        checked.applyTo(expense);
        if (resubmitted) {
            expense.resubmit();
        }
        flush(id);
        changeLog.updated(expense, before);

        LOG.info(() -> "Expense " + id + " updated by " + caller.getLogin() + (resubmitted ? ", submitted again" : ""));
        return expense;
    }

    /**
     * Moves an expense the caller filed to the recycle bin, while it is still submitted.
     *
     * @param version the version the caller's page was loaded at
     * @throws InvalidExpenseException when the caller did not file it or it was decided on
     * @throws StaleExpenseException   when someone changed it since the page was loaded
     */
    public void delete(long id, int version) {
        Expense expense = get(id);
        User caller = access.currentUser();
        if (!expense.getFiledBy().getId().equals(caller.getId())) {
            throw new InvalidExpenseException(ExpenseError.NOT_FILER);
        }
        if (expense.getStatus() != ExpenseStatus.SUBMITTED) {
            throw new InvalidExpenseException(ExpenseError.NOT_DELETABLE);
        }
        if (expense.getVersion() != version) {
            throw new StaleExpenseException(id);
        }
        recycleBin.delete(BinRecordType.EXPENSE, expense, expense.label(), expense.getCustomer().getId());
    }

    // Decisions

    /**
     * Approves or rejects the given expenses, each as the caller's list showed it. An
     * expense that someone decided on or edited since then is skipped and reported, never
     * overwritten. Expenses the caller may not decide on, and those deleted meanwhile, are
     * skipped and counted.
     *
     * @param reason why, required to reject; optional to approve
     * @throws InvalidExpenseException when a rejection has no reason or the reason is too long
     */
    @RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME})
    public DecisionResult decide(List<ExpenseKey> keys, ExpenseDecision decision, String reason) {
        String cleanReason = ExpenseRules.checkReason(decision, reason);
        return decideEach(keys, decision, cleanReason, caller());
    }

    /**
     * Approves or rejects every submitted expense that matches the filter and whose filer
     * the caller decides on, as the expenses are now.
     *
     * @throws InvalidExpenseException when a rejection has no reason or the reason is too long
     */
    @RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME})
    public DecisionResult decideMatching(ExpenseFilter filter, ExpenseDecision decision, String reason) {
        String cleanReason = ExpenseRules.checkReason(decision, reason);
        Caller caller = caller();
        ExpenseFilter pending = (filter == null ? ExpenseFilter.none() : filter)
                .withStatus(ExpenseStatus.SUBMITTED)
                .withDecidableOnly(true);
        if (excludesAll(pending, caller)) {
            return new DecisionResult(0, List.of(), 0, 0);
        }
        // NOTE: every matching expense is decided in this one transaction, so a set large
        // enough to outlast the server's transaction timeout fails as a whole. The tests
        // decide at most 20 expenses at once.
        List<ExpenseKey> keys = query(pending, caller).ids(em).getResultList().stream()
                .map(id -> new ExpenseKey(id, null))
                .toList();
        return decideEach(keys, decision, cleanReason, caller);
    }

    /**
     * Decides on each expense under a row lock, taken in id order so that two approvers
     * working on overlapping lists wait for each other rather than deadlock. The second
     * one then reads the first one's decision and skips the expense.
     */
    private DecisionResult decideEach(List<ExpenseKey> keys, ExpenseDecision decision, String reason,
                                      Caller caller) {
        Map<Long, ExpenseKey> byId = new LinkedHashMap<>();
        keys.stream().sorted(Comparator.comparingLong(ExpenseKey::id)).forEach(key -> byId.putIfAbsent(key.id(), key));

        int decided = 0;
        int notAllowed = 0;
        int deleted = 0;
        List<ExpenseSummary> changed = new ArrayList<>();
        for (ExpenseKey key : byId.values()) {
            Expense expense = em.find(Expense.class, key.id(), LockModeType.PESSIMISTIC_WRITE);
            if (expense == null) {
                deleted++;
            } else if (!caller.rights().mayDecideFor(expense.getFiledBy().getId())) {
                notAllowed++;
            } else if (expense.isDeleted() || expense.getCustomer().isDeleted()) {
                deleted++;
            } else if (expense.getStatus() != ExpenseStatus.SUBMITTED
                    || (key.version() != null && key.version() != expense.getVersion())) {
                changed.add(ExpenseSummary.of(expense));
            } else {
                Map<String, Object> before = ChangeLog.snapshot(expense);
                expense.decide(decision, caller.user(), reason);
                em.flush();
                changeLog.updated(expense, before);
                decided++;
                LOG.info(() -> "Expense " + expense.getId() + " " + expense.getStatus() + " by "
                        + caller.user().getLogin());
            }
        }
        DecisionResult result = new DecisionResult(decided, changed, notAllowed, deleted);
        LOG.info(() -> decision + " by " + caller.user().getLogin() + ": " + result.decided() + " decided, "
                + result.changedMeanwhile().size() + " changed meanwhile, " + result.notAllowed()
                + " not allowed, " + result.deleted() + " deleted");
        return result;
    }

    // Helpers

    /** The caller with their scope and rights, computed once per call. */
    private record Caller(User user, AccessScope scope, ExpenseRights rights) {
    }

    private Caller caller() {
        User user = access.currentUser();
        AccessScope scope = access.scopeOf(user);
        ExpenseRights rights = switch (user.getRole()) {
            case BOSS -> ExpenseRights.boss(user.getId());
            case MANAGER -> ExpenseRights.manager(user.getId(), scope.ownerIds());
            case SALES -> ExpenseRights.salesperson(user.getId());
        };
        return new Caller(user, scope, rights);
    }

    /** Returns whether a filter of decidable expenses leaves nothing, for a caller who decides on no one. */
    private static boolean excludesAll(ExpenseFilter filter, Caller caller) {
        return filter != null && filter.decidableOnly() && !caller.rights().decidesAny();
    }

    private ExpenseQuery query(ExpenseFilter filter, Caller caller) {
        ExpenseQuery query = new ExpenseQuery(visibleExpenses(caller.scope()), filter);
        ExpenseRights rights = caller.rights();
        if (filter != null && filter.decidableOnly() && !rights.decidesAll()) {
            query.and(new JpqlCondition("f.id IN :decidableFilers", Map.of("decidableFilers",
                    rights.decidableFilers())));
        }
        return query;
    }

    private static ExpenseQuery ofCustomer(long customerId, ExpenseFilter filter) {
        return new ExpenseQuery(new JpqlCondition("c.id = :customerId", Map.of("customerId", customerId)), filter);
    }

    /**
     * Returns the condition on {@code c} and {@code f} that limits expenses to those the
     * caller may see: on a visible customer, or filed by an owner in the caller's scope
     * while the customer is live. The named parameters are those of
     * {@link CustomerService#visibleCondition} and {@code scopeFilers}.
     */
    private JpqlCondition visibleExpenses(AccessScope scope) {
        JpqlCondition visibleCustomer = customers.visibleCondition("c");
        if (scope.all()) {
            return visibleCustomer;
        }
        Map<String, Object> parameters = new HashMap<>(visibleCustomer.parameters());
        parameters.put("scopeFilers", scope.ownerIds());
        return new JpqlCondition("((" + visibleCustomer.jpql() + ") OR (c.deletionId IS NULL AND f.id IN :scopeFilers))",
                parameters);
    }

    /** Sets on each row what the caller may do with it, and whether they may open its customer. */
    private void grant(List<ExpenseRow> rows, Caller caller) {
        AccessScope scope = caller.scope();
        Set<Long> others = new HashSet<>();
        for (ExpenseRow row : rows) {
            if (!scope.canSee(row.customerOwnerId())) {
                others.add(row.getCustomerId());
            }
        }
        Set<Long> shared = others.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                        "SELECT s.customerId FROM CustomerShare s WHERE s.userId = :user AND s.customerId IN :ids",
                        Long.class)
                .setParameter("user", caller.user().getId())
                .setParameter("ids", others)
                .getResultList());
        for (ExpenseRow row : rows) {
            row.grant(caller.rights(), scope.canSee(row.customerOwnerId()) || shared.contains(row.getCustomerId()));
        }
    }

    private static <T> List<T> page(jakarta.persistence.TypedQuery<T> query, int first, int pageSize) {
        return query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    /**
     * Checks the fields and that the type is an enabled option of EXPENSE_TYPE, or the
     * type the expense has already (an option disabled since stays valid on its records).
     *
     * @param currentType the stored type of the expense being edited, or null for a new one
     */
    private Checked check(ExpenseInput input, String currentType) {
        List<ExpenseProblem> problems = new ArrayList<>(ExpenseRules.problems(input, CompanyCalendar.current().today()));
        String type = ExpenseRules.clean(input.typeCode());
        if (type != null && !type.equals(currentType) && !enabledTypes().contains(type)) {
            problems.add(new ExpenseProblem(ExpenseError.TYPE_UNKNOWN, type));
        }
        if (!problems.isEmpty()) {
            throw new InvalidExpenseException(problems);
        }
        return new Checked(input, type);
    }

    private Set<String> enabledTypes() {
        Set<String> codes = new HashSet<>();
        for (DictionaryOption option : dictionary.options(DictionaryList.EXPENSE_TYPE, false)) {
            codes.add(option.getCode());
        }
        return codes;
    }

    /** An input that passed the checks, ready to be written. */
    private record Checked(ExpenseInput input, String type) {

        void applyTo(Expense expense) {
            expense.apply(input.date(), type, input.amount(), ExpenseRules.normalizeCurrency(input.currency()),
                    ExpenseRules.clean(input.description()));
        }
    }

    /** Writes the change now, so that a concurrent change shows as a stale edit rather than a server error. */
    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleExpenseException(id);
        }
    }
}
