package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice as the contract page shows it, with the live payments it covers.
 *
 * @param type          the option code of the list INVOICE_TYPE
 * @param paymentsTotal the sum of the covered payments' amounts
 */
public record InvoiceRow(Long id, String number, LocalDate invoiceDate, String type, BigDecimal amount,
                         List<InvoicePayment> payments, BigDecimal paymentsTotal, String note,
                         String createdByName, int version) implements Serializable {

    public InvoiceRow {
        payments = List.copyOf(payments);
    }

    /** Returns whether the covered payments add up to another amount than the invoice's; see {@link InvoiceRules}. */
    public boolean paymentsDiffer() {
        return InvoiceRules.paymentsDiffer(amount, payments.stream().map(InvoicePayment::amount).toList());
    }
}
