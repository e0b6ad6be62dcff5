package org.xtoolscrm.opportunity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.xtoolscrm.money.Money;

/**
 * Creates, edits, moves and lists opportunities. A deal is visible when its owner is in
 * the caller's scope or its customer is visible to the caller. A user who sees a deal may
 * edit it, because a customer share grants read and write. A new deal belongs to the caller,
 * or for a Boss or Manager to someone in their scope.
 *
 * <p>Every change of stage, from the form, the board or the view, goes through
 * {@link #enter}, which writes the stage history in the same transaction. Every change
 * writes the change log.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class OpportunityService {

    private static final Logger LOG = Logger.getLogger(OpportunityService.class.getName());

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
    private OpportunityVisibility visibility;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /** Returns the stages of the list OPPORTUNITY_STAGE in order, disabled ones included. */
    public StageList stages() {
        return new StageList(dictionary.options(DictionaryList.OPPORTUNITY_STAGE, true).stream()
                .map(Stage::of)
                .toList());
    }

    /**
     * Creates an opportunity and the first entry of its stage history.
     *
     * @throws RecordNotFoundException      when the form names a customer the caller may not see
     * @throws InvalidOpportunityException with every broken rule of the form
     */
    public Opportunity create(OpportunityForm form) {
        Customer customer = form.customerId() == null ? null : customers.getVisible(form.customerId());
        StageList stages = stages();
        List<OpportunityProblem> problems = new ArrayList<>(OpportunityRules.problems(form, stages, null,
                sources(null)));
        User owner = assignableOwner(form.ownerId(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidOpportunityException(problems);
        }

        Stage stage = stages.find(form.stage().strip()).orElseThrow();
        Opportunity opportunity = new Opportunity();
        applyForm(opportunity, form);
        opportunity.setCustomer(customer);
        opportunity.setOwner(owner);
        CompanyCalendar calendar = CompanyCalendar.current();
        Instant now = calendar.now();
        opportunity.enterStage(stage.code(), stage.outcome(), now, calendar.today(),
                OpportunityRules.clean(form.lostReason()));
        em.persist(opportunity);
        em.flush();
        em.persist(new StageChange(opportunity.getId(), null, stage.code(), now, access.currentUser(), null));
        changeLog.created(opportunity);

        LOG.info(() -> "Opportunity " + opportunity.getId() + " created by " + caller.getName() + " on customer "
                + customer.getId() + " in stage " + stage.code());
        return opportunity;
    }

    /**
     * Saves the form over a deal the caller may see. A new stage enters the stage history.
     * The customer of a deal stays as it is.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleOpportunityException    when someone saved the deal since then
     * @throws InvalidOpportunityException with every broken rule of the form
     */
    public Opportunity update(long id, int version, OpportunityForm form) {
        Opportunity opportunity = load(id);
        checkVersion(opportunity, version);
        OpportunityForm fixed = new OpportunityForm(opportunity.getCustomer().getId(), form.name(), form.amount(),
                form.currency(), form.expectedSignDate(), form.stage(), form.source(), form.ownerId(),
                form.description(), form.lostReason());
        StageList stages = stages();
        List<OpportunityProblem> problems = new ArrayList<>(OpportunityRules.problems(fixed, stages,
                opportunity.getStage(), sources(opportunity.getSource())));
        User owner = assignableOwner(form.ownerId(), opportunity.getOwner(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidOpportunityException(problems);
        }

        Map<String, Object> before = ChangeLog.snapshot(opportunity);
        applyForm(opportunity, fixed);
        opportunity.setOwner(owner);
        enter(opportunity, stages.find(form.stage().strip()).orElseThrow(),
                OpportunityRules.clean(form.lostReason()));
        flush(id);
        changeLog.updated(opportunity, before);

        LOG.info(() -> "Opportunity " + id + " updated by " + caller.getName());
        return opportunity;
    }

    /**
     * Moves a deal the caller may see to another stage, as a drag on the board does.
     *
     * @param lostReason why the deal was lost; required when the stage is LOST
     * @throws StaleOpportunityException    when someone saved the deal since the caller loaded it
     * @throws InvalidOpportunityException when the stage is unknown or a lost deal has no reason
     */
    public Opportunity moveToStage(long id, int version, String stageCode, String lostReason) {
        Opportunity opportunity = load(id);
        checkVersion(opportunity, version);
        List<OpportunityProblem> problems = new ArrayList<>();
        Optional<Stage> stage = OpportunityRules.stageProblem(stageCode, stages(), opportunity.getStage(), problems);
        if (stage.isPresent() && stage.get().outcome() == OpportunityOutcome.LOST) {
            OpportunityProblem reason = OpportunityRules.lostReasonProblem(lostReason);
            if (reason != null) {
                problems.add(reason);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOpportunityException(problems);
        }

        Map<String, Object> before = ChangeLog.snapshot(opportunity);
        String from = opportunity.getStage();
        enter(opportunity, stage.get(), OpportunityRules.clean(lostReason));
        flush(id);
        changeLog.updated(opportunity, before);

        LOG.info(() -> "Opportunity " + id + " moved from " + from + " to " + opportunity.getStage() + " by "
                + caller.getName());
        return opportunity;
    }

    /**
     * Moves a deal the caller may see to the recycle bin. It is restored only while its
     * customer is live.
     *
     * @throws StaleOpportunityException when someone saved the deal since the caller loaded it
     */
    public void delete(long id, int version) {
        Opportunity opportunity = load(id);
        checkVersion(opportunity, version);
        recycleBin.delete(BinRecordType.OPPORTUNITY, opportunity, opportunity.getName(),
                opportunity.getCustomer().getId());
    }

    /**
     * Returns a deal the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or is not visible
     */
    public Opportunity get(long id) {
        return load(id);
    }

    /** Returns the change log of a deal the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        load(id);
        return changeLog.history(Opportunity.AUDIT_TYPE, id);
    }

    /** Returns the stage history of a deal the caller may see, newest first. */
    public List<StageChangeRow> stageHistory(long id) {
        load(id);
        return em.createQuery("SELECT NEW org.xtoolscrm.opportunity.StageChangeRow(h.id, h.fromStage, h.toStage, "
                        + "h.changedAt, u.displayName, h.daysInPrevious) FROM StageChange h JOIN h.changedBy u "
                        + "WHERE h.opportunityId = :id ORDER BY h.changedAt DESC, h.id DESC", StageChangeRow.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Counts the deals that match the filter and that the caller may see. */
    public long count(OpportunityFilter filter) {
        return query(filter, null).count(em).getSingleResult();
    }

    /** Returns one page of the deals that match the filter and that the caller may see. */
    public List<OpportunityRow> findPage(OpportunityFilter filter, OpportunitySortField sort, boolean ascending,
                                        int first, int pageSize) {
        return page(query(filter, null), sort, ascending, first, pageSize);
    }

    /**
     * Counts the deals of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public long countForCustomer(long customerId, OpportunityOutcome outcome) {
        customers.getVisible(customerId);
        return query(outcomeFilter(outcome), customerId).count(em).getSingleResult();
    }

    /**
     * Returns one page of the deals of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public List<OpportunityRow> findForCustomer(long customerId, OpportunityOutcome outcome,
                                                OpportunitySortField sort, boolean ascending, int first,
                                                int pageSize) {
        customers.getVisible(customerId);
        return page(query(outcomeFilter(outcome), customerId), sort, ascending, first, pageSize);
    }

    /**
     * Returns the open deals the caller may see whose expected signing date lies within the
     * next days, today included, soonest first: the workbench's deals to close. Deals whose
     * date has passed while they are still open come first, since they need a new date.
     *
     * @param owners whose deals; null for every deal the caller may see
     */
    public List<OpportunityRow> signingSoon(OwnerFilter owners, int days, int max) {
        return page(query(signingSoonFilter(owners, days), null), OpportunitySortField.EXPECTED_SIGN_DATE, true, 0,
                max);
    }

    /** Counts the deals {@link #signingSoon} lists. */
    public long countSigningSoon(OwnerFilter owners, int days) {
        return count(signingSoonFilter(owners, days));
    }

    private static OpportunityFilter signingSoonFilter(OwnerFilter owners, int days) {
        LocalDate today = CompanyCalendar.current().today();
        return OpportunityFilter.open().withOwners(owners).withExpected(null, today.plusDays(days - 1L));
    }

    /**
     * Returns whether the id is a live deal of the customer, which a schedule, task or
     * activity of that customer may name. A record without a customer names no deal.
     */
    public boolean isLiveDealOf(long opportunityId, Long customerId) {
        if (opportunityId <= 0 || customerId == null) {
            return false;
        }
        boolean live = em.createQuery("SELECT COUNT(p) FROM Opportunity p WHERE p.id = :id "
                        + "AND p.customer.id = :customer AND p.deletionId IS NULL", Long.class)
                .setParameter("id", opportunityId)
                .setParameter("customer", customerId)
                .getSingleResult() > 0;
        if (!live) {
            LOG.fine(() -> "Opportunity " + opportunityId + " is not a live deal of customer " + customerId
                    + " for " + caller.getName());
        }
        return live;
    }

    /**
     * Returns the deals of a customer the caller may see that a schedule, task or activity
     * may name: the open ones by expected signing date, and the given one whatever its outcome.
     *
     * @param current the deal the record names now, or null
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public List<OpportunityRow> choicesFor(long customerId, Long current) {
        List<OpportunityRow> open = new ArrayList<>(findForCustomer(customerId, OpportunityOutcome.OPEN,
                OpportunitySortField.EXPECTED_SIGN_DATE, true, 0, MAX_PAGE_SIZE));
        if (current != null && open.stream().noneMatch(row -> row.id().equals(current))) {
            findForCustomer(customerId, null, OpportunitySortField.EXPECTED_SIGN_DATE, true, 0, MAX_PAGE_SIZE)
                    .stream().filter(row -> row.id().equals(current)).findFirst().ifPresent(open::add);
        }
        return open;
    }

    /**
     * Puts a deal into a stage and writes the stage history entry. Staying in the same
     * stage writes no entry; a lost deal may still get a new reason.
     */
    private void enter(Opportunity opportunity, Stage stage, String lostReason) {
        CompanyCalendar calendar = CompanyCalendar.current();
        if (stage.code().equals(opportunity.getStage())) {
            opportunity.enterStage(stage.code(), stage.outcome(), opportunity.getStageSince(),
                    opportunity.getClosedOn() == null ? calendar.today() : opportunity.getClosedOn(), lostReason);
            return;
        }
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        int days = (int) ChronoUnit.DAYS.between(calendar.dateOf(opportunity.getStageSince()), today);
        em.persist(new StageChange(opportunity.getId(), opportunity.getStage(), stage.code(), now,
                access.currentUser(), Math.max(days, 0)));
        opportunity.enterStage(stage.code(), stage.outcome(), now, today, lostReason);
    }

    private static void applyForm(Opportunity opportunity, OpportunityForm form) {
        opportunity.apply(form.name().strip(), form.amount(), Money.normalizeCurrency(form.currency()),
                form.expectedSignDate(), OpportunityRules.clean(form.source()),
                OpportunityRules.clean(form.description()));
    }

    /** Returns the codes a deal's source may take: the enabled sources and the deal's current one. */
    private Set<String> sources(String current) {
        Set<String> codes = new HashSet<>();
        dictionary.options(DictionaryList.SOURCE, false).stream().map(DictionaryOption::getCode).forEach(codes::add);
        if (current != null) {
            codes.add(current);
        }
        return codes;
    }

    private static OpportunityFilter outcomeFilter(OpportunityOutcome outcome) {
        return new OpportunityFilter(outcome, null, null, null, null, null);
    }

    private List<OpportunityRow> page(OpportunityQuery query, OpportunitySortField sort, boolean ascending,
                                      int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        return query.rows(em, sort, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(size)
                .getResultList();
    }

    private OpportunityQuery query(OpportunityFilter filter, Long customerId) {
        OpportunityFilter effective = filter == null ? OpportunityFilter.all() : filter;
        return new OpportunityQuery(visibility.condition(), effective, visibility.owners(effective.owners()),
                customerId);
    }

    /** Loads a live deal the caller may see, or raises {@link RecordNotFoundException}. */
    private Opportunity load(long id) {
        Opportunity opportunity = em.find(Opportunity.class, id);
        if (opportunity == null || opportunity.isDeleted() || !visibility.canSee(opportunity)) {
            LOG.fine(() -> "Opportunity " + id + " not found for " + caller.getName());
            throw new RecordNotFoundException(Opportunity.AUDIT_TYPE, id);
        }
        return opportunity;
    }

    /**
     * Returns the owner a saved deal gets: the caller when none is chosen, the current owner
     * when unchanged, otherwise an enabled user in the caller's scope. A broken rule is added
     * to the problems, and the current owner or the caller is returned.
     */
    private User assignableOwner(Long ownerId, User current, List<OpportunityProblem> problems) {
        if (ownerId == null) {
            return current == null ? access.currentUser() : current;
        }
        if (current != null && Objects.equals(ownerId, current.getId())) {
            return current;
        }
        User owner = em.find(User.class, ownerId);
        AccessScope scope = access.currentScope();
        if (owner == null || !owner.isEnabled() || !scope.canSee(ownerId)) {
            problems.add(OpportunityProblem.of(OpportunityError.OWNER_NOT_ALLOWED));
            return current == null ? access.currentUser() : current;
        }
        return owner;
    }

    private static void checkVersion(Opportunity opportunity, int version) {
        if (opportunity.getVersion() != version) {
            throw new StaleOpportunityException(opportunity.getId());
        }
    }

    /** Writes the change now, so that a concurrent save shows as a stale edit rather than a server error. */
    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleOpportunityException(id);
        }
    }
}
