package org.xtoolscrm.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.audit.Audited;

/**
 * One instalment a customer owes on a contract: an amount due on a date, in the
 * contract's currency. How much of it the payments settle is computed by
 * {@link PaymentArithmetic} and stored, so the workbench lists open instalments in SQL.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan implements Audited {

    public static final String AUDIT_TYPE = "PaymentPlan";

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false)
    private int instalment;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal settled = BigDecimal.ZERO.setScale(2);

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected PaymentPlan() {
    }

    PaymentPlan(Contract contract) {
        this.contractId = contract.getId();
        this.customerId = contract.getCustomer().getId();
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

    void apply(LocalDate dueOn, BigDecimal amount, String note) {
        this.dueOn = dueOn;
        this.amount = amount.setScale(2);
        this.note = note;
    }

    /** Stores the instalment's number and settled part, as the contract's payments settle it. */
    void settle(int instalment, BigDecimal settled) {
        this.instalment = instalment;
        this.settled = settled.setScale(2);
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contract", contractId);
        values.put("dueOn", dueOn);
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

    public int getInstalment() {
        return instalment;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getSettled() {
        return settled;
    }

    public String getNote() {
        return note;
    }

    public int getVersion() {
        return version;
    }
}
