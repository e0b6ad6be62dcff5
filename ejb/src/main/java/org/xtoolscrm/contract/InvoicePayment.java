package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A live payment of a contract as the invoice dialog offers it.
 *
 * @param invoiceId     the live invoice that covers it, or null
 * @param invoiceNumber that invoice's number, or null
 */
public record InvoicePayment(Long id, LocalDate receivedOn, BigDecimal amount, String method, boolean invoiced,
                             Long invoiceId, String invoiceNumber) implements Serializable {

    /** Returns whether the payment may go on the given invoice: it is on no live invoice, or on that one. */
    public boolean availableFor(Long invoice) {
        return invoiceId == null || invoiceId.equals(invoice);
    }
}
