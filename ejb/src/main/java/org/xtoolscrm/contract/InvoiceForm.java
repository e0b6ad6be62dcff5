package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fields a user enters for an invoice, with the payments of the contract it covers. */
public class InvoiceForm implements Serializable {

    private String number;
    private LocalDate invoiceDate;
    /** An option code of the list INVOICE_TYPE. */
    private String type;
    private BigDecimal amount;
    private String note;
    /** The ids of the contract's payments the invoice covers. */
    private List<Long> paymentIds = new ArrayList<>();

    public InvoiceForm() {
    }

    public InvoiceForm(String number, LocalDate invoiceDate, String type, BigDecimal amount) {
        this.number = number;
        this.invoiceDate = invoiceDate;
        this.type = type;
        this.amount = amount;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public List<Long> getPaymentIds() {
        return paymentIds;
    }

    public void setPaymentIds(List<Long> paymentIds) {
        this.paymentIds = paymentIds == null ? new ArrayList<>() : new ArrayList<>(paymentIds);
    }
}
