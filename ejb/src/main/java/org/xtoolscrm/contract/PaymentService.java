package org.xtoolscrm.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;

/**
 * The payment plan and the payments of a contract. Every user who can see a contract may change
 * them. Every change settles the contract's payments against its instalments again
 * ({@link PaymentArithmetic}) under a lock on the contract's row, so two payments saved at
 * once settle one after the other.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private ContractService contracts;

    @EJB
    private AccessService access;

    @EJB
    private DictionaryService dictionary;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Returns the money of a contract the caller may see: its instalments settled by its
     * payments, as of today in the company's time zone.
     *
     * @throws RecordNotFoundException when the contract is not visible to the caller
     */
    public PaymentArithmetic.Summary summary(long contractId) {
        Contract contract = contracts.get(contractId);
        return settle(contract, plansOf(contractId), paymentsOf(contractId));
    }

    /** Returns the instalments of a contract the caller may see, by due date. */
    public List<PlanRow> plans(long contractId) {
        Contract contract = contracts.get(contractId);
        List<PaymentPlan> plans = plansOf(contractId);
        PaymentArithmetic.Summary summary = settle(contract, plans, paymentsOf(contractId));
        Map<Long, PaymentPlan> byId = new HashMap<>();
        plans.forEach(plan -> byId.put(plan.getId(), plan));
        return summary.plans().stream().map(state -> {
            PaymentPlan plan = byId.get(state.planId());
            return new PlanRow(plan.getId(), state.instalment(), plan.getDueOn(), plan.getAmount(), state.settled(),
                    state.overdue(), plan.getNote(), plan.getVersion());
        }).toList();
    }

    /** Returns the payments of a contract the caller may see, newest first. */
    // NOTE: a contract's plans and payments are read whole, without paging, as the settlement
    // needs them all; a contract with thousands of payments would load them all here.
    public List<PaymentRow> payments(long contractId) {
        contracts.get(contractId);
        Map<Long, Integer> instalments = new HashMap<>();
        plansOf(contractId).forEach(plan -> instalments.put(plan.getId(), plan.getInstalment()));
        return em.createQuery("SELECT r FROM PaymentRecord r JOIN FETCH r.handledBy WHERE r.contractId = :id "
                        + "AND r.deletionId IS NULL ORDER BY r.receivedOn DESC, r.id DESC", PaymentRecord.class)
                .setParameter("id", contractId)
                .getResultList()
                .stream()
                .map(r -> new PaymentRow(r.getId(), r.getReceivedOn(), r.getAmount(), r.getMethod(),
                        r.getHandledBy().getId(), r.getHandledBy().getDisplayName(), r.getPlanId(),
                        r.getPlanId() == null ? null : instalments.get(r.getPlanId()), r.isInvoiced(), r.getNote(),
                        r.getVersion()))
                .toList();
    }

    /**
     * Adds an instalment to a contract the caller may see.
     *
     * @throws InvalidContractException with every broken rule of the form
     */
    public PaymentPlan addPlan(long contractId, PlanForm form) {
        Contract contract = lockedContract(contractId);
        List<ContractProblem> problems = PaymentRules.planProblems(form, contract.getCurrency());
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }
        PaymentPlan plan = new PaymentPlan(contract);
        plan.apply(form.getDueOn(), form.getAmount(), ContractRules.clean(form.getNote()));
        em.persist(plan);
        em.flush();
        changeLog.created(plan);
        resettle(contract);
        LOG.info(() -> "Payment plan " + plan.getId() + " added to contract " + contractId + " by " + caller.getName());
        return plan;
    }

    /**
     * Saves an instalment of a contract the caller may see.
     *
     * @throws StaleContractException    when someone saved the instalment since the caller loaded it
     * @throws InvalidContractException with every broken rule of the form
     */
    public PaymentPlan updatePlan(long planId, int version, PlanForm form) {
        PaymentPlan plan = loadPlan(planId, version);
        Contract contract = lockedContract(plan.getContractId());
        List<ContractProblem> problems = PaymentRules.planProblems(form, contract.getCurrency());
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }
        Map<String, Object> before = ChangeLog.snapshot(plan);
        plan.apply(form.getDueOn(), form.getAmount(), ContractRules.clean(form.getNote()));
        flush(PaymentPlan.AUDIT_TYPE, planId);
        changeLog.updated(plan, before);
        resettle(contract);
        LOG.info(() -> "Payment plan " + planId + " updated by " + caller.getName());
        return plan;
    }

    /**
     * Moves an instalment to the recycle bin. Payments that named it then settle the
     * earliest open instalments.
     */
    public void deletePlan(long planId, int version) {
        PaymentPlan plan = loadPlan(planId, version);
        Contract contract = lockedContract(plan.getContractId());
        recycleBin.delete(BinRecordType.PAYMENT_PLAN, plan, contract.getNumber() + " #" + plan.getInstalment(),
                plan.getCustomerId());
        em.createQuery("UPDATE PaymentRecord r SET r.planId = NULL WHERE r.planId = :plan")
                .setParameter("plan", planId)
                .executeUpdate();
        resettle(contract);
    }

    /**
     * Records a payment on a signed contract the caller may see.
     *
     * @throws InvalidContractException with every broken rule of the form, or when the contract is a draft
     */
    public PaymentRecord addPayment(long contractId, PaymentForm form) {
        Contract contract = lockedContract(contractId);
        List<ContractProblem> problems = paymentProblems(contract, form, null);
        User handler = handler(form.getHandledById(), contract, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }
        PaymentRecord payment = new PaymentRecord(contract, access.currentUser());
        apply(payment, form, handler);
        em.persist(payment);
        em.flush();
        changeLog.created(payment);
        resettle(contract);
        LOG.info(() -> "Payment " + payment.getId() + " of " + payment.getAmount() + " " + contract.getCurrency()
                + " recorded on contract " + contractId + " by " + caller.getName());
        return payment;
    }

    /**
     * Saves a payment of a contract the caller may see.
     *
     * @throws StaleContractException    when someone saved the payment since the caller loaded it
     * @throws InvalidContractException with every broken rule of the form
     */
    public PaymentRecord updatePayment(long paymentId, int version, PaymentForm form) {
        PaymentRecord payment = loadPayment(paymentId, version);
        Contract contract = lockedContract(payment.getContractId());
        List<ContractProblem> problems = paymentProblems(contract, form, payment.getMethod());
        User handler = handler(form.getHandledById(), contract, payment.getHandledBy(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }
        Map<String, Object> before = ChangeLog.snapshot(payment);
        apply(payment, form, handler);
        flush(PaymentRecord.AUDIT_TYPE, paymentId);
        changeLog.updated(payment, before);
        resettle(contract);
        LOG.info(() -> "Payment " + paymentId + " updated by " + caller.getName());
        return payment;
    }

    /** Moves a payment to the recycle bin; the contract's instalments settle again without it. */
    public void deletePayment(long paymentId, int version) {
        PaymentRecord payment = loadPayment(paymentId, version);
        Contract contract = lockedContract(payment.getContractId());
        recycleBin.delete(BinRecordType.PAYMENT, payment, contract.getNumber() + " " + payment.getReceivedOn() + " "
                + payment.getAmount(), payment.getCustomerId());
        resettle(contract);
    }

    /** Returns a payment of a contract the caller may see. */
    public PaymentRecord getPayment(long paymentId) {
        PaymentRecord payment = em.find(PaymentRecord.class, paymentId);
        if (payment == null || payment.isDeleted()) {
            throw new RecordNotFoundException(PaymentRecord.AUDIT_TYPE, paymentId);
        }
        visibleContract(payment.getContractId(), PaymentRecord.AUDIT_TYPE, paymentId);
        return payment;
    }

    /** Returns the change log of a payment of a contract the caller may see, newest first. */
    public List<ChangeEntry> paymentHistory(long paymentId) {
        getPayment(paymentId);
        return changeLog.history(PaymentRecord.AUDIT_TYPE, paymentId);
    }

    /**
     * Settles the contract's live payments against its live instalments again and stores
     * each instalment's number and settled part.
     */
    void resettle(Contract contract) {
        em.flush();
        List<PaymentPlan> plans = plansOf(contract.getId());
        PaymentArithmetic.Summary summary = settle(contract, plans, paymentsOf(contract.getId()));
        Map<Long, PaymentArithmetic.PlanState> states = new HashMap<>();
        summary.plans().forEach(state -> states.put(state.planId(), state));
        for (PaymentPlan plan : plans) {
            PaymentArithmetic.PlanState state = states.get(plan.getId());
            plan.settle(state.instalment(), state.settled());
        }
    }

    private PaymentArithmetic.Summary settle(Contract contract, List<PaymentPlan> plans,
                                             List<PaymentRecord> payments) {
        return PaymentArithmetic.settle(contract.getAmount(),
                plans.stream().map(p -> new PaymentArithmetic.Plan(p.getId(), p.getDueOn(), p.getAmount())).toList(),
                payments.stream().map(r -> new PaymentArithmetic.Payment(r.getAmount(), r.getPlanId())).toList(),
                CompanyCalendar.current().today());
    }

    private List<PaymentPlan> plansOf(long contractId) {
        return em.createQuery("SELECT p FROM PaymentPlan p WHERE p.contractId = :id AND p.deletionId IS NULL "
                        + "ORDER BY p.dueOn, p.id", PaymentPlan.class)
                .setParameter("id", contractId)
                .getResultList();
    }

    private List<PaymentRecord> paymentsOf(long contractId) {
        return em.createQuery("SELECT r FROM PaymentRecord r WHERE r.contractId = :id AND r.deletionId IS NULL "
                        + "ORDER BY r.receivedOn, r.id", PaymentRecord.class)
                .setParameter("id", contractId)
                .getResultList();
    }

    private List<ContractProblem> paymentProblems(Contract contract, PaymentForm form, String currentMethod) {
        Set<String> methods = new HashSet<>();
        dictionary.options(DictionaryList.PAYMENT_METHOD, false).stream().map(DictionaryOption::getCode)
                .forEach(methods::add);
        if (currentMethod != null) {
            methods.add(currentMethod);
        }
        List<ContractProblem> problems = new ArrayList<>();
        if (!contract.getStatus().isSigned()) {
            problems.add(ContractProblem.of(ContractError.CONTRACT_NOT_SIGNED));
        }
        problems.addAll(PaymentRules.paymentProblems(form, contract.getCurrency(), CompanyCalendar.current().today(),
                methods));
        if (form.getPlanId() != null && !isLivePlanOf(form.getPlanId(), contract.getId())) {
            problems.add(ContractProblem.of(ContractError.PLAN_NOT_OF_CONTRACT));
        }
        return problems;
    }

    private boolean isLivePlanOf(long planId, long contractId) {
        PaymentPlan plan = em.find(PaymentPlan.class, planId);
        return plan != null && !plan.isDeleted() && plan.getContractId() == contractId;
    }

    /**
     * Returns who handled a payment: the caller when none is chosen, the current handler
     * when unchanged, the contract's owner, or an enabled user in the caller's scope.
     */
    private User handler(Long handledById, Contract contract, User current, List<ContractProblem> problems) {
        if (handledById == null) {
            return current == null ? access.currentUser() : current;
        }
        if (current != null && Objects.equals(handledById, current.getId())) {
            return current;
        }
        if (handledById.equals(contract.getOwner().getId())) {
            return contract.getOwner();
        }
        User user = em.find(User.class, handledById);
        if (user == null || !user.isEnabled() || !access.currentScope().canSee(handledById)) {
            problems.add(ContractProblem.of(ContractError.HANDLER_NOT_ALLOWED));
            return access.currentUser();
        }
        return user;
    }

    private static void apply(PaymentRecord payment, PaymentForm form, User handler) {
        payment.apply(form.getReceivedOn(), form.getAmount(), form.getMethod().strip(), handler, form.getPlanId(),
                form.isInvoiced(), ContractRules.clean(form.getNote()));
    }

    /** Loads a contract the caller may see and locks its row until the transaction ends. */
    private Contract lockedContract(long contractId) {
        Contract contract = contracts.get(contractId);
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        return contract;
    }

    private PaymentPlan loadPlan(long planId, int version) {
        PaymentPlan plan = em.find(PaymentPlan.class, planId);
        if (plan == null || plan.isDeleted()) {
            throw new RecordNotFoundException(PaymentPlan.AUDIT_TYPE, planId);
        }
        visibleContract(plan.getContractId(), PaymentPlan.AUDIT_TYPE, planId);
        if (plan.getVersion() != version) {
            throw new StaleContractException(PaymentPlan.AUDIT_TYPE, planId);
        }
        return plan;
    }

    private PaymentRecord loadPayment(long paymentId, int version) {
        PaymentRecord payment = getPayment(paymentId);
        if (payment.getVersion() != version) {
            throw new StaleContractException(PaymentRecord.AUDIT_TYPE, paymentId);
        }
        return payment;
    }

    /** Checks that the record's contract is visible; a record of a hidden contract is not found itself. */
    private void visibleContract(long contractId, String kind, long id) {
        try {
            contracts.get(contractId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> kind + " " + id + " not found: its contract " + contractId + " is not visible");
            throw new RecordNotFoundException(kind, id);
        }
    }

    private void flush(String kind, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleContractException(kind, id);
        }
    }
}
