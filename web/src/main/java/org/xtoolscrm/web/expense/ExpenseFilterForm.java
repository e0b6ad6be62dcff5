package org.xtoolscrm.web.expense;

import java.io.Serializable;
import java.time.LocalDate;
import org.xtoolscrm.expense.ExpenseFilter;
import org.xtoolscrm.expense.ExpenseStatus;

/** The filter fields above an expense list, as the user set them. */
public class ExpenseFilterForm implements Serializable {

    private ExpenseStatus status;
    private Long filedById;
    private LocalDate from;
    private LocalDate to;
    private String customerName;
    private String typeCode;

    ExpenseFilterForm() {
    }

    ExpenseFilterForm(ExpenseStatus status) {
        this.status = status;
    }

    /** Returns whether the period is empty because it starts after it ends. */
    boolean isPeriodReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    ExpenseFilter toFilter(boolean decidableOnly) {
        return new ExpenseFilter(status, filedById, from, to, blankToNull(customerName), blankToNull(typeCode),
                decidableOnly);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ExpenseStatus getStatus() {
        return status;
    }

    public void setStatus(ExpenseStatus status) {
        this.status = status;
    }

    public Long getFiledById() {
        return filedById;
    }

    public void setFiledById(Long filedById) {
        this.filedById = filedById;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }
}
