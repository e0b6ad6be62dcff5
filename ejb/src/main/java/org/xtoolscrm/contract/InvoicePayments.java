package org.xtoolscrm.contract;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xtoolscrm.audit.ChangeAction;
import org.xtoolscrm.audit.ChangeLog;

/**
 * Reads and writes which invoice covers which payment, in the column
 * {@code payment_record.invoice_id}. The column is not mapped on {@link PaymentRecord},
 * whose form never changes it, so it is read and written here in SQL. Only live invoices
 * count: a payment whose invoice is in the recycle bin is free for another invoice. The
 * caller checks access and holds the contract's row lock.
 */
@Dependent
public class InvoicePayments {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    /** Returns the live payments of a contract, the latest first, each with the live invoice that covers it. */
    public List<InvoicePayment> paymentsOf(long contractId) {
        em.flush();
        List<?> rows = em.createNativeQuery("SELECT p.id, p.received_on, p.amount, p.method, p.invoiced, i.id, "
                        + "i.invoice_number FROM payment_record p LEFT JOIN invoice i ON i.id = p.invoice_id "
                        + "AND i.deletion_id IS NULL WHERE p.contract_id = ? AND p.deletion_id IS NULL "
                        + "ORDER BY p.received_on DESC, p.id DESC")
                .setParameter(1, contractId)
                .getResultList();
        List<InvoicePayment> payments = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            payments.add(new InvoicePayment(number(columns[0]), date(columns[1]),
                    ((BigDecimal) columns[2]).setScale(2), (String) columns[3], flag(columns[4]),
                    columns[5] == null ? null : number(columns[5]), (String) columns[6]));
        }
        return payments;
    }

    /** Returns the ids of the live payments an invoice covers, by id. */
    public List<Long> coveredBy(long invoiceId) {
        em.flush();
        List<?> ids = em.createNativeQuery("SELECT id FROM payment_record WHERE invoice_id = ? "
                        + "AND deletion_id IS NULL ORDER BY id")
                .setParameter(1, invoiceId)
                .getResultList();
        return ids.stream().map(InvoicePayments::number).toList();
    }

    /**
     * Returns the payments an invoice may cover, and adds a problem for each id that is not a
     * live payment of the contract or that another live invoice covers.
     *
     * @param invoiceId the invoice being edited, or null for a new one
     */
    List<PaymentRecord> coverable(Contract contract, List<Long> paymentIds, Long invoiceId,
                                  List<ContractProblem> problems) {
        em.flush();
        List<PaymentRecord> payments = new ArrayList<>();
        boolean foreign = false;
        for (Long id : InvoiceService.distinct(paymentIds)) {
            PaymentRecord payment = em.find(PaymentRecord.class, id);
            if (payment == null || payment.isDeleted() || !payment.getContractId().equals(contract.getId())) {
                foreign = true;
                continue;
            }
            List<?> other = em.createNativeQuery("SELECT i.id, i.invoice_number FROM payment_record p "
                            + "JOIN invoice i ON i.id = p.invoice_id WHERE p.id = ? AND i.deletion_id IS NULL")
                    .setParameter(1, id)
                    .getResultList();
            if (!other.isEmpty()) {
                Object[] columns = (Object[]) other.get(0);
                if (!Long.valueOf(number(columns[0])).equals(invoiceId)) {
                    problems.add(ContractProblem.of(ContractError.INVOICE_PAYMENT_ON_OTHER_INVOICE,
                            payment.getReceivedOn().toString(), columns[1]));
                    continue;
                }
            }
            payments.add(payment);
        }
        if (foreign) {
            problems.add(ContractProblem.of(ContractError.INVOICE_PAYMENT_NOT_OF_CONTRACT));
        }
        return payments;
    }

    /**
     * Makes the invoice cover exactly the given payments among the live ones, marks them
     * invoiced, and logs each payment whose mark changes and the invoice's change of payments.
     *
     * @param action the action the invoice's log entry of its payments gets
     */
    void cover(Invoice invoice, List<PaymentRecord> payments, ChangeAction action) {
        em.flush();
        List<Long> before = coveredBy(invoice.getId());
        Set<Long> requested = payments.stream().map(PaymentRecord::getId).collect(Collectors.toSet());
        for (Long id : before) {
            if (!requested.contains(id)) {
                em.createNativeQuery("UPDATE payment_record SET invoice_id = NULL WHERE id = ?")
                        .setParameter(1, id)
                        .executeUpdate();
            }
        }
        Set<Long> already = new HashSet<>(before);
        for (PaymentRecord payment : payments) {
            if (!already.contains(payment.getId())) {
                em.createNativeQuery("UPDATE payment_record SET invoice_id = ? WHERE id = ?")
                        .setParameter(1, invoice.getId())
                        .setParameter(2, payment.getId())
                        .executeUpdate();
            }
            if (!payment.isInvoiced()) {
                Map<String, Object> snapshot = ChangeLog.snapshot(payment);
                payment.markInvoiced();
                changeLog.updated(payment, snapshot);
            }
        }
        em.flush();
        List<Long> after = coveredBy(invoice.getId());
        if (!after.equals(before)) {
            changeLog.event(Invoice.AUDIT_TYPE, invoice.getId(), action, "payments", describe(before),
                    describe(after));
        }
    }

    /** Returns the payments as the change log shows them, such as {@code 2026-03-01 5000.00; 2026-04-01 5000.00}. */
    private String describe(List<Long> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        return ids.stream()
                .map(id -> em.find(PaymentRecord.class, id))
                .map(payment -> payment.getReceivedOn() + " " + payment.getAmount().toPlainString())
                .collect(Collectors.joining("; "));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean bool ? bool : ((Number) value).intValue() != 0;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
