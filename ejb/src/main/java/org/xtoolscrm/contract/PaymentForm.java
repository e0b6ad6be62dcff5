package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields a user enters for a payment received. */
public class PaymentForm implements Serializable {

    private LocalDate receivedOn;
    private BigDecimal amount;
    /** An option code of the list PAYMENT_METHOD. */
    private String method;
    /** The user who handled the payment, or null for the caller. */
    private Long handledById;
    /** The instalment the payment settles, or null for the earliest open ones. */
    private Long planId;
    private boolean invoiced;
    private String note;

    public PaymentForm() {
    }

    public PaymentForm(LocalDate receivedOn, BigDecimal amount, String method, Long planId) {
        this.receivedOn = receivedOn;
        this.amount = amount;
        this.method = method;
        this.planId = planId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Long getHandledById() {
        return handledById;
    }

    public void setHandledById(Long handledById) {
        this.handledById = handledById;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public boolean isInvoiced() {
        return invoiced;
    }

    public void setInvoiced(boolean invoiced) {
        this.invoiced = invoiced;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
