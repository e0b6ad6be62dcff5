package org.xtoolscrm.web.expense;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.xtoolscrm.expense.Expense;
import org.xtoolscrm.expense.ExpenseInput;
import org.xtoolscrm.expense.ExpenseRules;
import org.xtoolscrm.expense.ExpenseStatus;

/** The fields of the expense dialog, for a new expense or an existing one. */
public class ExpenseForm implements Serializable {

    /** The expense's id, or null for a new expense. */
    private Long id;
    private int version;
    private boolean rejected;
    private LocalDate date;
    private String typeCode;
    private BigDecimal amount;
    private String currency = ExpenseRules.DEFAULT_CURRENCY;
    private String description;

    /** Returns an empty form dated today. */
    static ExpenseForm newExpense(LocalDate today) {
        ExpenseForm form = new ExpenseForm();
        form.date = today;
        return form;
    }

    static ExpenseForm of(Expense expense) {
        ExpenseForm form = new ExpenseForm();
        form.id = expense.getId();
        form.version = expense.getVersion();
        form.rejected = expense.getStatus() == ExpenseStatus.REJECTED;
        form.date = expense.getExpenseDate();
        form.typeCode = expense.getTypeCode();
        form.amount = expense.getAmount();
        form.currency = expense.getCurrency();
        form.description = expense.getDescription();
        return form;
    }

    ExpenseInput toInput() {
        return new ExpenseInput(date, typeCode, amount, currency, description);
    }

    public boolean isNewExpense() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    /** Returns whether the expense was rejected, so saving it submits it again. */
    public boolean isRejected() {
        return rejected;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
