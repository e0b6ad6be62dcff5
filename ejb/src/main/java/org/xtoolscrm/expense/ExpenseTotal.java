package org.xtoolscrm.expense;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The sum of the expenses in one status and one currency. Amounts in different
 * currencies are never added up.
 *
 * @param count  how many expenses the sum covers
 * @param amount their sum
 */
public record ExpenseTotal(ExpenseStatus status, String currency, long count, BigDecimal amount)
        implements Serializable {

    public ExpenseStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public long getCount() {
        return count;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
