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
 * Money received on a contract, in the contract's currency. It may name the instalment it
 * settles; one that does not settles the earliest open instalments (see
 * {@link PaymentArithmetic}). The ranking credits it to the user who handled it.
 */
@Entity
@Table(name = "payment_record")
public class PaymentRecord implements Audited {

    public static final String AUDIT_TYPE = "PaymentRecord";

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 40)
    private String method;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handled_by_id", nullable = false)
    private User handledBy;

    @Column(name = "plan_id")
    private Long planId;

    @Column(nullable = false)
    private boolean invoiced;

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

    protected PaymentRecord() {
    }

    PaymentRecord(Contract contract, User createdBy) {
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

    void apply(LocalDate receivedOn, BigDecimal amount, String method, User handledBy, Long planId,
               boolean invoiced, String note) {
        this.receivedOn = receivedOn;
        this.amount = amount.setScale(2);
        this.method = method;
        this.handledBy = handledBy;
        this.planId = planId;
        this.invoiced = invoiced;
        this.note = note;
    }

    /** Marks the payment as invoiced, when an invoice names it. */
    public void markInvoiced() {
        this.invoiced = true;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contract", contractId);
        values.put("receivedOn", receivedOn);
        values.put("amount", amount);
        values.put("method", method);
        values.put("handledBy", handledBy == null ? null : handledBy.getDisplayName());
        values.put("plan", planId);
        values.put("invoiced", invoiced);
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

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getMethod() {
        return method;
    }

    public User getHandledBy() {
        return handledBy;
    }

    public Long getPlanId() {
        return planId;
    }

    public boolean isInvoiced() {
        return invoiced;
    }

    public String getNote() {
        return note;
    }

    public int getVersion() {
        return version;
    }
}
