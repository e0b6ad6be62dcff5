package org.xtoolscrm.expense;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of an expense list, read as a projection so a page is one query, with what
 * the caller may do with it. A class with getters rather than a record, because Jakarta
 * EL 5 resolves bean properties only.
 */
public final class ExpenseRow implements Serializable {

    private final long id;
    private final int version;
    private final long customerId;
    private final String customerName;
    private final long customerOwnerId;
    private final long filedById;
    private final String filedByName;
    private final LocalDate date;
    private final String typeCode;
    private final BigDecimal amount;
    private final String currency;
    private final String description;
    private final ExpenseStatus status;
    private final String decidedByName;
    private final Instant decidedAt;
    private final String decisionReason;
    private final Instant createdAt;

    private boolean customerVisible;
    private boolean editable;
    private boolean deletable;
    private boolean decidable;

    public ExpenseRow(Long id, Integer version, Long customerId, String customerName, Long customerOwnerId,
                      Long filedById, String filedByName, LocalDate date, String typeCode, BigDecimal amount,
                      String currency, String description, ExpenseStatus status, String decidedByName,
                      Instant decidedAt, String decisionReason, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.customerId = customerId;
        this.customerName = customerName;
        this.customerOwnerId = customerOwnerId;
        this.filedById = filedById;
        this.filedByName = filedByName;
        this.date = date;
        this.typeCode = typeCode;
        this.amount = amount;
        this.currency = currency;
        this.description = description;
        this.status = status;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.decisionReason = decisionReason;
        this.createdAt = createdAt;
    }

    /** Sets what the caller may do with the row; the service calls it before the row leaves. */
    void grant(ExpenseRights rights, boolean customerIsVisible) {
        this.customerVisible = customerIsVisible;
        this.editable = rights.canEdit(filedById, status);
        this.deletable = rights.canDelete(filedById, status);
        this.decidable = rights.canDecide(filedById, status);
    }

    /** Returns the key a decision on this row carries: its id and the version shown. */
    public ExpenseKey key() {
        return new ExpenseKey(id, version);
    }

    public long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    long customerOwnerId() {
        return customerOwnerId;
    }

    public long getFiledById() {
        return filedById;
    }

    public String getFiledByName() {
        return filedByName;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDescription() {
        return description;
    }

    public ExpenseStatus getStatus() {
        return status;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Returns whether the caller may open the row's customer. A Manager sees a
     * subordinate's expense on a customer shared with that subordinate, but not the
     * customer itself.
     */
    public boolean isCustomerVisible() {
        return customerVisible;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isDeletable() {
        return deletable;
    }

    public boolean isDecidable() {
        return decidable;
    }
}
