package org.xtoolscrm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;

/**
 * An invoice issued to the customer on a contract, for an amount in the contract's
 * currency. Its number is unique in the company. The payments it covers refer to it
 * ({@code payment_record.invoice_id}), so a payment is on at most one invoice.
 */
@Entity
@Table(name = "invoice")
public class Invoice implements Audited {

    public static final String AUDIT_TYPE = "Invoice";

    public static final int NUMBER_MAX = 40;
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    /** The number, stored in upper case so that numbers differing only in case count as the same. */
    @Column(name = "invoice_number", nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    /** An option code of the list INVOICE_TYPE. */
    @Column(name = "invoice_type", nullable = false, length = 40)
    private String type;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private User createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Invoice() {
    }

    Invoice(Contract contract, User createdBy) {
        this.contractId = contract.getId();
        this.customerId = contract.getCustomer().getId();
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    void apply(String number, LocalDate invoiceDate, String type, BigDecimal amount, String note) {
        this.number = number;
        this.invoiceDate = invoiceDate;
        this.type = type;
        this.amount = amount.setScale(2);
        this.note = note;
    }

    /** Marks the invoice as changed, so that a change of its payments alone raises its version too. */
    void touch() {
        updatedAt = Instant.now();
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contract", contractId);
        values.put("number", number);
        values.put("invoiceDate", invoiceDate);
        values.put("type", type);
        values.put("amount", amount);
        values.put("note", note);
        return values;
    }

    public boolean isDeleted() {
        return deletionId != null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
