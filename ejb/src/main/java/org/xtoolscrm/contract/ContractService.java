package org.xtoolscrm.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
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
import org.xtoolscrm.money.LineItemRules;
import org.xtoolscrm.money.Money;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunityVisibility;

/**
 * Creates, edits and lists contracts. A contract is visible when its owner is in the
 * caller's scope or its customer is visible to the caller, and every user who can see it may edit
 * it. A new contract belongs to the caller, or for a Boss or Manager to someone in their
 * scope. Every change writes the change log. A signed contract created or deleted, and
 * every change of status, lets the customer's status follow; a draft created or deleted
 * changes nothing.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class ContractService {

    private static final Logger LOG = Logger.getLogger(ContractService.class.getName());

    /** The largest page a caller may request. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private CustomerService customers;

    @EJB
    private OpportunityService opportunities;

    @Inject
    private ContractVisibility visibility;

    @Inject
    private OpportunityVisibility owners;

    @Inject
    private ContractNumbers numbers;

    @Inject
    private CustomerStatusFollower statusFollower;

    @Inject
    private AcceptedQuoteLines acceptedQuoteLines;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Returns a new contract's form filled from a deal the caller may see: its customer,
     * name, amount and currency, signed on the day it was won (or today) and executing.
     * When the deal has an accepted quote with lines, the form gets copies of those lines,
     * the quote's currency and the lines' total as the amount. The number stays blank for
     * the next generated one.
     *
     * @throws RecordNotFoundException when the deal is not visible to the caller
     */
    public ContractForm draftFromDeal(long opportunityId) {
        Opportunity deal = opportunities.get(opportunityId);
        ContractForm form = new ContractForm();
        form.setCustomerId(deal.getCustomer().getId());
        form.setOpportunityId(deal.getId());
        form.setTitle(deal.getName());
        form.setAmount(deal.getAmount().setScale(Money.decimalsOf(deal.getCurrency())));
        form.setCurrency(deal.getCurrency());
        form.setSignedOn(deal.getOutcome() == OpportunityOutcome.WON && deal.getClosedOn() != null
                ? deal.getClosedOn() : CompanyCalendar.current().today());
        form.setStatus(ContractStatus.EXECUTING);
        form.setOwnerId(deal.getOwner().getId());
        acceptedQuoteLines.of(opportunityId).ifPresent(quote -> {
            form.setLines(quote.lines());
            form.setCurrency(quote.currency());
            form.setAmount(LineItemRules.total(quote.lines(), quote.currency()).setScale(
                    Money.decimalsOf(quote.currency())));
        });
        return form;
    }

    /**
     * Creates a contract. A blank number takes the next number of the configured pattern.
     * When the form has lines, the contract's amount is their total.
     *
     * @throws RecordNotFoundException   when the form names a customer the caller may not see
     * @throws InvalidContractException with every broken rule of the form
     */
    public Contract create(ContractForm form) {
        Customer customer = form.getCustomerId() == null ? null : customers.getVisible(form.getCustomerId());
        List<ContractProblem> lineProblems = newLineProblems(form);
        List<ContractProblem> problems = new ArrayList<>(ContractRules.problems(form));
        problems.addAll(lineProblems);
        String number = ContractRules.clean(form.getNumber());
        if (number != null && problems.stream().noneMatch(p -> p.field().equals("number"))
                && numbers.isTaken(number)) {
            problems.add(ContractProblem.of(ContractError.NUMBER_TAKEN, number));
        }
        dealProblem(form.getOpportunityId(), form.getCustomerId(), null, problems);
        User owner = assignableOwner(form.getOwnerId(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }

        Contract contract = new Contract();
        contract.setCustomer(customer);
        apply(contract, form, number == null ? numbers.next(form.getSignedOn()) : number);
        contract.setOpportunityId(form.getOpportunityId());
        contract.setOwner(owner);
        contract.setStatus(form.getStatus());
        ContractLineRules.apply(contract, form.getLines());
        em.persist(contract);
        em.flush();
        changeLog.created(contract);
        if (contract.getStatus().isSigned()) {
            statusFollower.follow(customer);
        }

        LOG.info(() -> "Contract " + contract.getId() + " (" + contract.getNumber() + ") created by "
                + caller.getName() + " on customer " + customer.getId() + " as " + contract.getStatus());
        return contract;
    }

    /**
     * Saves the form over a contract the caller may see. The customer stays as it is; the
     * currency stays while the contract has payment plans, payments or lines. The amount of
     * a contract with lines stays their total, and the form's lines are ignored.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleContractException    when someone saved the contract since then
     * @throws InvalidContractException with every broken rule of the form
     */
    public Contract update(long id, int version, ContractForm form) {
        Contract contract = loadCurrent(id, version);
        form.setCustomerId(contract.getCustomer().getId());
        boolean hasLines = !contract.getLines().isEmpty();
        if (hasLines) {
            form.setAmount(contract.getAmount());
        }
        List<ContractProblem> problems = new ArrayList<>(ContractRules.problems(form));
        String number = ContractRules.clean(form.getNumber());
        if (number == null) {
            number = contract.getNumber();
        } else if (problems.stream().noneMatch(p -> p.field().equals("number"))
                && numbers.isTakenByOther(number, id)) {
            problems.add(ContractProblem.of(ContractError.NUMBER_TAKEN, number));
        }
        String currency = Money.normalizeCurrency(form.getCurrency());
        if (!currency.equals(contract.getCurrency()) && hasMoneyRecords(id)) {
            problems.add(ContractProblem.of(ContractError.CURRENCY_LOCKED, contract.getCurrency()));
        } else if (!currency.equals(contract.getCurrency()) && hasLines) {
            problems.add(ContractProblem.of(ContractError.LINES_LOCK_CURRENCY, contract.getCurrency()));
        }
        if (form.getStatus() == ContractStatus.DRAFT && contract.getStatus() != ContractStatus.DRAFT
                && hasPayments(id)) {
            problems.add(ContractProblem.of(ContractError.DRAFT_WITH_PAYMENTS));
        }
        dealProblem(form.getOpportunityId(), form.getCustomerId(), contract.getOpportunityId(), problems);
        User owner = assignableOwner(form.getOwnerId(), contract.getOwner(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }

        var before = ChangeLog.snapshot(contract);
        ContractStatus oldStatus = contract.getStatus();
        apply(contract, form, number);
        contract.setOpportunityId(form.getOpportunityId());
        contract.setOwner(owner);
        contract.setStatus(form.getStatus());
        flush(id);
        changeLog.updated(contract, before);
        if (oldStatus != contract.getStatus()) {
            statusFollower.follow(contract.getCustomer());
        }
        LOG.info(() -> "Contract " + id + " updated by " + caller.getName());
        return contract;
    }

    /**
     * Moves a contract the caller may see to another status, as the buttons of the contract
     * page do.
     *
     * @throws StaleContractException when someone saved the contract since the caller loaded it
     */
    public Contract changeStatus(long id, int version, ContractStatus status) {
        Contract contract = loadCurrent(id, version);
        if (status == null) {
            throw new InvalidContractException(ContractError.STATUS_MISSING);
        }
        if (contract.getStatus() == status) {
            return contract;
        }
        if (status == ContractStatus.DRAFT && hasPayments(id)) {
            throw new InvalidContractException(ContractError.DRAFT_WITH_PAYMENTS);
        }
        var before = ChangeLog.snapshot(contract);
        ContractStatus from = contract.getStatus();
        contract.setStatus(status);
        flush(id);
        changeLog.updated(contract, before);
        statusFollower.follow(contract.getCustomer());
        LOG.info(() -> "Contract " + id + " moved from " + from + " to " + status + " by " + caller.getName());
        return contract;
    }

    /**
     * Moves a contract the caller may see to the recycle bin; its plans, payments and other
     * records are hidden with it. It is restored only while its customer is live.
     *
     * @throws StaleContractException when someone saved the contract since the caller loaded it
     */
    public void delete(long id, int version) {
        Contract contract = loadCurrent(id, version);
        recycleBin.delete(BinRecordType.CONTRACT, contract, contract.getNumber() + " " + contract.getTitle(),
                contract.getCustomer().getId());
        if (contract.getStatus().isSigned()) {
            statusFollower.follow(contract.getCustomer());
        }
    }

    /**
     * Returns a contract the caller may see.
     *
     * @throws RecordNotFoundException when it does not exist, is in the recycle bin or is not visible
     */
    public Contract get(long id) {
        Contract contract = em.find(Contract.class, id);
        if (contract == null || contract.isDeleted() || !visibility.canSee(contract)) {
            LOG.fine(() -> "Contract " + id + " not found for " + caller.getName());
            throw new RecordNotFoundException(Contract.AUDIT_TYPE, id);
        }
        return contract;
    }

    /**
     * Returns a contract the caller may see at the version the caller loaded.
     *
     * @throws StaleContractException when it was saved since that version
     */
    Contract loadCurrent(long id, int version) {
        Contract contract = get(id);
        if (contract.getVersion() != version) {
            throw new StaleContractException(Contract.AUDIT_TYPE, id);
        }
        return contract;
    }

    /** Returns the change log of a contract the caller may see, newest first. */
    public List<ChangeEntry> history(long id) {
        get(id);
        return changeLog.history(Contract.AUDIT_TYPE, id);
    }

    /** Counts the contracts that match the filter and that the caller may see. */
    public long count(ContractFilter filter) {
        return query(filter, null).count(em).getSingleResult();
    }

    /** Returns one page of the contracts that match the filter and that the caller may see. */
    public List<ContractRow> findPage(ContractFilter filter, ContractSortField sort, boolean ascending, int first,
                                      int pageSize) {
        return page(query(filter, null), sort, ascending, first, pageSize);
    }

    /**
     * Counts the contracts of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public long countForCustomer(long customerId) {
        customers.getVisible(customerId);
        return query(ContractFilter.all(), customerId).count(em).getSingleResult();
    }

    /**
     * Returns one page of the contracts of a customer the caller may see.
     *
     * @throws RecordNotFoundException when the customer is not visible to the caller
     */
    public List<ContractRow> findForCustomer(long customerId, ContractSortField sort, boolean ascending, int first,
                                             int pageSize) {
        customers.getVisible(customerId);
        return page(query(ContractFilter.all(), customerId), sort, ascending, first, pageSize);
    }

    /** Returns the live contracts the caller may see that came from a deal the caller may see, newest first. */
    public List<ContractRow> findForDeal(long opportunityId) {
        opportunities.get(opportunityId);
        return page(query(ContractFilter.ofDeal(opportunityId), null), ContractSortField.SIGNED_ON, false, 0,
                MAX_PAGE_SIZE);
    }

    private void apply(Contract contract, ContractForm form, String number) {
        contract.apply(number, form.getTitle().strip(), form.getSignedOn(), form.getStartsOn(), form.getEndsOn(),
                form.getAmount(), Money.normalizeCurrency(form.getCurrency()), ContractRules.clean(form.getNotes()));
    }

    /**
     * Checks the lines of a new contract in its currency and, when they are valid and not
     * all blank, sets the form's amount to their total.
     */
    private static List<ContractProblem> newLineProblems(ContractForm form) {
        if (LineItemRules.count(form.getLines()) == 0) {
            return List.of();
        }
        String currency = Money.normalizeCurrency(form.getCurrency());
        if (!Money.isCurrency(currency)) {
            // ContractRules reports the currency; the lines are checked once it is valid.
            return List.of();
        }
        List<ContractProblem> problems = ContractLineRules.problems(form.getLines(), currency);
        if (problems.isEmpty()) {
            form.setAmount(LineItemRules.total(form.getLines(), currency));
        }
        return problems;
    }

    private boolean hasMoneyRecords(long contractId) {
        long plans = em.createQuery("SELECT COUNT(p) FROM PaymentPlan p WHERE p.contractId = :id "
                        + "AND p.deletionId IS NULL", Long.class)
                .setParameter("id", contractId).getSingleResult();
        return plans > 0 || hasPayments(contractId);
    }

    private boolean hasPayments(long contractId) {
        return em.createQuery("SELECT COUNT(r) FROM PaymentRecord r WHERE r.contractId = :id "
                        + "AND r.deletionId IS NULL", Long.class)
                .setParameter("id", contractId).getSingleResult() > 0;
    }

    /** Adds a problem when the deal is not a live deal of the customer; the deal already named may stay. */
    private void dealProblem(Long opportunityId, Long customerId, Long current, List<ContractProblem> problems) {
        if (opportunityId == null || opportunityId.equals(current)) {
            return;
        }
        if (!opportunities.isLiveDealOf(opportunityId, customerId)) {
            problems.add(ContractProblem.of(ContractError.OPPORTUNITY_NOT_ALLOWED));
        }
    }

    private List<ContractRow> page(ContractQuery query, ContractSortField sort, boolean ascending, int first,
                                   int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        return query.rows(em, sort, ascending)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(size)
                .getResultList();
    }

    private ContractQuery query(ContractFilter filter, Long customerId) {
        ContractFilter effective = filter == null ? ContractFilter.all() : filter;
        return new ContractQuery(visibility.condition(), effective, owners.owners(effective.owners()), customerId);
    }

    /**
     * Returns the owner a saved contract gets: the caller when none is chosen, the current
     * owner when unchanged, otherwise an enabled user in the caller's scope.
     */
    private User assignableOwner(Long ownerId, User current, List<ContractProblem> problems) {
        if (ownerId == null) {
            return current == null ? access.currentUser() : current;
        }
        if (current != null && Objects.equals(ownerId, current.getId())) {
            return current;
        }
        User owner = em.find(User.class, ownerId);
        if (owner == null || !owner.isEnabled() || !access.currentScope().canSee(ownerId)) {
            problems.add(ContractProblem.of(ContractError.OWNER_NOT_ALLOWED));
            return current == null ? access.currentUser() : current;
        }
        return owner;
    }

    /** Writes the change now, so that a concurrent save shows as a stale edit rather than a server error. */
    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleContractException(Contract.AUDIT_TYPE, id);
        }
    }
}
