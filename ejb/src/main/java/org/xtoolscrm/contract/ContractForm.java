package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.money.Money;

/**
 * The fields a user enters to add or edit a contract. {@link ContractRules} checks them;
 * the service checks that the number is free and that the deal belongs to the customer.
 */
public class ContractForm implements Serializable {

    private Long customerId;
    /** The number, or blank for the next number of the configured pattern. */
    private String number;
    private Long opportunityId;
    private String title;
    private LocalDate signedOn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal amount;
    /** An ISO 4217 code; blank means CNY. */
    private String currency = Money.DEFAULT_CURRENCY;
    private ContractStatus status = ContractStatus.DRAFT;
    /** The owner, or null for the caller on create and the current owner on edit. */
    private Long ownerId;
    private String notes;
    /**
     * The line items a new contract starts with, such as those of the deal's accepted quote.
     * When there are any, the contract's amount is their total. An edit of a contract ignores
     * them: its lines are saved through {@link ContractLinesService}.
     */
    private List<LineItemForm> lines = new ArrayList<>();
    /** Whether the contract has lines, so its amount is their total and a dialog shows it read-only. */
    private boolean amountFromLines;

    /** Copies the editable fields of a contract, for an edit dialog. */
    public static ContractForm of(Contract contract) {
        ContractForm form = new ContractForm();
        form.customerId = contract.getCustomer().getId();
        form.number = contract.getNumber();
        form.opportunityId = contract.getOpportunityId();
        form.title = contract.getTitle();
        form.signedOn = contract.getSignedOn();
        form.startsOn = contract.getStartsOn();
        form.endsOn = contract.getEndsOn();
        form.amount = contract.getAmount().setScale(Money.decimalsOf(contract.getCurrency()));
        form.currency = contract.getCurrency();
        form.status = contract.getStatus();
        form.ownerId = contract.getOwner().getId();
        form.notes = contract.getNotes();
        form.amountFromLines = !contract.getLines().isEmpty();
        return form;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
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

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** Returns the lines of a new contract, which a page edits in place. */
    public List<LineItemForm> getLines() {
        return lines;
    }

    public void setLines(List<LineItemForm> lines) {
        this.lines = new ArrayList<>(lines);
    }

    public boolean isAmountFromLines() {
        return amountFromLines;
    }
}
