package org.xtoolscrm.expense;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expense named the way a person recognizes it in a message, such as one a bulk
 * decision skipped. Getters because Jakarta EL 5 reads bean properties.
 *
 * @param decidedByName who decided on it, or null while it is submitted
 */
public record ExpenseSummary(long id, String customerName, LocalDate date, BigDecimal amount, String currency,
                             ExpenseStatus status, String decidedByName) implements Serializable {

    static ExpenseSummary of(Expense expense) {
        return new ExpenseSummary(expense.getId(), expense.getCustomer().getName(), expense.getExpenseDate(),
                expense.getAmount(), expense.getCurrency(), expense.getStatus(),
                expense.getDecidedBy() == null ? null : expense.getDecidedBy().getDisplayName());
    }

    public long getId() {
        return id;
    }

    public String getCustomerName() {
        return customerName;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public ExpenseStatus getStatus() {
        return status;
    }

    public String getDecidedByName() {
        return decidedByName;
    }
}
