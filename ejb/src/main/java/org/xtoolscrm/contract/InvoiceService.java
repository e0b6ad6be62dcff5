package org.xtoolscrm.contract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.Principal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.audit.BinRecordType;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.audit.ChangeLog;
import org.xtoolscrm.audit.RecycleBin;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;

/**
 * The invoices of a contract and the payments each covers. A user who may see a contract
 * may change its invoices. A payment is on at most one live invoice. Putting it on one marks
 * it invoiced, and taking it off leaves the mark as the user set it. Changes run under a lock
 * on the contract's row, as those of {@link PaymentService} do, so two invoices saved at once
 * cannot both take the same payment.
 */
@Stateless
@RolesAllowed({Role.BOSS_NAME, Role.MANAGER_NAME, Role.SALES_NAME})
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private ContractService contracts;

    @EJB
    private AccessService access;

    @EJB
    private DictionaryService dictionary;

    @Inject
    private InvoicePayments links;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private RecycleBin recycleBin;

    @Inject
    private Principal caller;

    /**
     * Returns the invoices of a contract the caller may see, the latest invoice date first,
     * each with the live payments it covers.
     *
     * @throws RecordNotFoundException when the contract is not visible to the caller
     */
    public List<InvoiceRow> list(long contractId) {
        contracts.get(contractId);
        Map<Long, List<InvoicePayment>> covered = new HashMap<>();
        for (InvoicePayment payment : links.paymentsOf(contractId)) {
            if (payment.invoiceId() != null) {
                covered.computeIfAbsent(payment.invoiceId(), id -> new ArrayList<>()).add(payment);
            }
        }
        return em.createQuery("SELECT i FROM Invoice i JOIN FETCH i.createdBy WHERE i.contractId = :id "
                        + "AND i.deletionId IS NULL ORDER BY i.invoiceDate DESC, i.id DESC", Invoice.class)
                .setParameter("id", contractId)
                .getResultList()
                .stream()
                .map(invoice -> {
                    List<InvoicePayment> payments = covered.getOrDefault(invoice.getId(), List.of());
                    return new InvoiceRow(invoice.getId(), invoice.getNumber(), invoice.getInvoiceDate(),
                            invoice.getType(), invoice.getAmount(), payments,
                            InvoiceRules.sum(payments.stream().map(InvoicePayment::amount).toList()),
                            invoice.getNote(), invoice.getCreatedBy().getDisplayName(), invoice.getVersion());
                })
                .toList();
    }

    /**
     * Returns the live payments of a contract the caller may see, the latest first, each
     * with the live invoice that covers it, for the invoice dialog to offer.
     */
    public List<InvoicePayment> payments(long contractId) {
        contracts.get(contractId);
        return links.paymentsOf(contractId);
    }

    /** Returns an invoice of a contract the caller may see. */
    public Invoice get(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || invoice.isDeleted()) {
            throw new RecordNotFoundException(Invoice.AUDIT_TYPE, invoiceId);
        }
        visibleContract(invoice.getContractId(), invoiceId);
        return invoice;
    }

    /** Returns the ids of the live payments an invoice of a contract the caller may see covers. */
    public List<Long> paymentIds(long invoiceId) {
        get(invoiceId);
        return links.coveredBy(invoiceId);
    }

    /** Returns the change log of an invoice of a contract the caller may see, newest first. */
    public List<ChangeEntry> history(long invoiceId) {
        get(invoiceId);
        return changeLog.history(Invoice.AUDIT_TYPE, invoiceId);
    }

    /**
     * Adds an invoice to a contract the caller may see and marks the payments it covers as
     * invoiced.
     *
     * @throws RecordNotFoundException   when the contract is not visible to the caller
     * @throws InvalidContractException with every broken rule, such as a taken number or a payment on another invoice
     */
    public Invoice create(long contractId, InvoiceForm form) {
        Contract contract = lockedContract(contractId);
        List<ContractProblem> problems = problems(contract, form, null);
        String number = InvoiceRules.cleanNumber(form.getNumber());
        checkNumberFree(number, null, problems);
        List<PaymentRecord> payments = links.coverable(contract, form.getPaymentIds(), null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }

        Invoice invoice = new Invoice(contract, access.currentUser());
        apply(invoice, form, number);
        em.persist(invoice);
        flush(number, null);
        changeLog.created(invoice);
        links.cover(invoice, payments, ChangeAction.CREATE);
        LOG.info(() -> "Invoice " + invoice.getId() + " (" + invoice.getNumber() + ") of " + invoice.getAmount() + " "
                + contract.getCurrency() + " added to contract " + contractId + " by " + caller.getName()
                + ", covering payments " + ids(payments));
        return invoice;
    }

    /**
     * Saves an invoice of a contract the caller may see, with the payments it covers now.
     * Payments it no longer covers keep their invoiced mark.
     *
     * @param version the version the caller's form was loaded at
     * @throws StaleContractException    when someone saved the invoice since then
     * @throws InvalidContractException with every broken rule
     */
    public Invoice update(long invoiceId, int version, InvoiceForm form) {
        Invoice invoice = load(invoiceId, version);
        Contract contract = lockedContract(invoice.getContractId());
        List<ContractProblem> problems = problems(contract, form, invoice.getType());
        String number = InvoiceRules.cleanNumber(form.getNumber());
        checkNumberFree(number, invoiceId, problems);
        List<PaymentRecord> payments = links.coverable(contract, form.getPaymentIds(), invoiceId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidContractException(problems);
        }

        Map<String, Object> before = ChangeLog.snapshot(invoice);
        apply(invoice, form, number);
        invoice.touch();
        flush(number, invoiceId);
        changeLog.updated(invoice, before);
        links.cover(invoice, payments, ChangeAction.UPDATE);
        LOG.info(() -> "Invoice " + invoiceId + " updated by " + caller.getName() + ", covering payments "
                + ids(payments));
        return invoice;
    }

    /**
     * Moves an invoice of a contract the caller may see to the recycle bin. Its payments keep
     * their invoiced mark, and no longer count as covered.
     *
     * @throws StaleContractException when someone saved the invoice since the caller loaded it
     */
    public void delete(long invoiceId, int version) {
        Invoice invoice = load(invoiceId, version);
        Contract contract = lockedContract(invoice.getContractId());
        recycleBin.delete(BinRecordType.INVOICE, invoice, contract.getNumber() + " " + invoice.getNumber(),
                invoice.getCustomerId());
    }

    private List<ContractProblem> problems(Contract contract, InvoiceForm form, String currentType) {
        Set<String> types = new HashSet<>();
        dictionary.options(DictionaryList.INVOICE_TYPE, false).stream().map(DictionaryOption::getCode)
                .forEach(types::add);
        if (currentType != null) {
            types.add(currentType);
        }
        return new ArrayList<>(InvoiceRules.problems(form, contract.getCurrency(), CompanyCalendar.current().today(),
                types));
    }

    private static void apply(Invoice invoice, InvoiceForm form, String number) {
        invoice.apply(number, form.getInvoiceDate(), form.getType().strip(), form.getAmount(),
                ContractRules.clean(form.getNote()));
    }

    /**
     * Adds a problem when another invoice, live or in the recycle bin, has the number. The
     * unique key covers the rows in the bin, so they count as well.
     */
    private void checkNumberFree(String number, Long excludeId, List<ContractProblem> problems) {
        if (number == null || problems.stream().anyMatch(p -> p.field().equals("invoiceNumber"))) {
            return;
        }
        long others = em.createQuery("SELECT COUNT(i) FROM Invoice i WHERE i.number = :number AND i.id <> :id",
                        Long.class)
                .setParameter("number", number)
                .setParameter("id", excludeId == null ? -1L : excludeId)
                .getSingleResult();
        if (others > 0) {
            problems.add(ContractProblem.of(ContractError.INVOICE_NUMBER_TAKEN, number));
        }
    }

    /**
     * Writes the invoice now. An integrity violation comes from the number's unique key, when
     * an invoice of another contract saved at the same moment took it, and is reported as a
     * taken number.
     */
    private void flush(String number, Long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            if (id == null) {
                throw e;
            }
            throw new StaleContractException(Invoice.AUDIT_TYPE, id);
        } catch (PersistenceException e) {
            if (!isConstraintViolation(e)) {
                throw e;
            }
            LOG.info(() -> "Invoice number " + number + " was taken by a concurrent save: " + e.getMessage());
            throw new InvalidContractException(ContractError.INVOICE_NUMBER_TAKEN, number);
        }
    }

    private static boolean isConstraintViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Loads a contract the caller may see and locks its row until the transaction ends. */
    private Contract lockedContract(long contractId) {
        Contract contract = contracts.get(contractId);
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        return contract;
    }

    private Invoice load(long invoiceId, int version) {
        Invoice invoice = get(invoiceId);
        if (invoice.getVersion() != version) {
            throw new StaleContractException(Invoice.AUDIT_TYPE, invoiceId);
        }
        return invoice;
    }

    /** Checks that the invoice's contract is visible; an invoice of a hidden contract is not found itself. */
    private void visibleContract(long contractId, long invoiceId) {
        try {
            contracts.get(contractId);
        } catch (RecordNotFoundException e) {
            LOG.fine(() -> "Invoice " + invoiceId + " not found: its contract " + contractId + " is not visible");
            throw new RecordNotFoundException(Invoice.AUDIT_TYPE, invoiceId);
        }
    }

    private static String ids(List<PaymentRecord> payments) {
        return payments.stream().map(p -> String.valueOf(p.getId()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Returns the ids without nulls or repeats, in their order. */
    static List<Long> distinct(List<Long> ids) {
        Set<Long> unique = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(java.util.Objects::nonNull).forEach(unique::add);
        }
        return List.copyOf(unique);
    }
}
