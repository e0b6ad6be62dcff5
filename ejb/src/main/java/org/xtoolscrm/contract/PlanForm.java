package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields a user enters for one instalment of a payment plan. */
public class PlanForm implements Serializable {

    private LocalDate dueOn;
    private BigDecimal amount;
    private String note;

    public PlanForm() {
    }

    public PlanForm(LocalDate dueOn, BigDecimal amount, String note) {
        this.dueOn = dueOn;
        this.amount = amount;
        this.note = note;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
