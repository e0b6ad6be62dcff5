package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment as the contract page shows it, with what the payments settle of it.
 *
 * @param overdue whether its due date has passed with part of it still open
 */
public record PlanRow(Long id, int instalment, LocalDate dueOn, BigDecimal amount, BigDecimal settled,
                      boolean overdue, String note, int version) implements Serializable {

    /** Returns the part still open. */
    public BigDecimal remaining() {
        return amount.subtract(settled);
    }

    /** Returns whether the payments settle the whole instalment. */
    public boolean paid() {
        return settled.compareTo(amount) >= 0;
    }
}
