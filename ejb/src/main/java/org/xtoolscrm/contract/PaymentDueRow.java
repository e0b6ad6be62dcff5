package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An instalment still open, as the workbench lists it.
 *
 * @param remaining the open part, in the contract's currency
 */
public record PaymentDueRow(Long planId, int instalment, LocalDate dueOn, BigDecimal remaining, String currency,
                            Long contractId, String contractNumber, String contractTitle, Long customerId,
                            String customerName) implements Serializable {

    static final String SELECT = "SELECT NEW org.xtoolscrm.contract.PaymentDueRow(p.id, p.instalment, p.dueOn, "
            + "p.amount - p.settled, k.currency, k.id, k.number, k.title, c.id, c.name)";

    /** Returns whether the due date lies before the given day. */
    public boolean overdueOn(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
