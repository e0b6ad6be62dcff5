package org.xtoolscrm.expense;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.xtoolscrm.customer.Customer;

/**
 * Money a user spent on a customer, submitted for approval. It is visible to whoever
 * sees its customer, and to those who see its filer's records.
 */
@Entity
@Table(name = "expense")
public class Expense implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Expense";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filed_by_id", nullable = false, updatable = false)
    private User filedBy;

    @Column(name = "expense_date", nullable = false)
    private LocalDate expenseDate;

    @Column(name = "expense_type", nullable = false, length = 40)
    private String typeCode;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency = ExpenseRules.DEFAULT_CURRENCY;

    @Column(length = ExpenseRules.DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExpenseStatus status = ExpenseStatus.SUBMITTED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private User decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = ExpenseRules.REASON_MAX)
    private String decisionReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this expense, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Expense() {
    }

    Expense(Customer customer, User filedBy) {
        this.customer = customer;
        this.filedBy = filedBy;
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

    /** Writes checked and cleaned fields; {@link ExpenseService} has run {@link ExpenseRules} on them. */
    void apply(LocalDate date, String type, BigDecimal money, String currencyCode, String text) {
        this.expenseDate = date;
        this.typeCode = type;
        this.amount = money.setScale(ExpenseRules.MAX_DECIMALS);
        this.currency = currencyCode;
        this.description = text;
    }

    /** Records a decision by an approver. */
    void decide(ExpenseDecision decision, User approver, String reason) {
        this.status = decision.result();
        this.decidedBy = approver;
        this.decidedAt = Instant.now();
        this.decisionReason = reason;
    }

    /** Submits a rejected expense again; the earlier decision stays in the change log. */
    void resubmit() {
        this.status = ExpenseStatus.SUBMITTED;
        this.decidedBy = null;
        this.decidedAt = null;
        this.decisionReason = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public User getFiledBy() {
        return filedBy;
    }

    public LocalDate getExpenseDate() {
        return expenseDate;
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

    public User getDecidedBy() {
        return decidedBy;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the expense is in the recycle bin, on its own or with its customer. */
    public boolean isDeleted() {
        return deletionId != null;
    }

    public int getVersion() {
        return version;
    }

    /** Returns what a person reads in the recycle bin: customer, date, amount and currency. */
    String label() {
        return customer.getName() + " · " + expenseDate + " · " + amount.toPlainString() + " " + currency;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("customer", customer == null ? null : customer.getName());
        values.put("filedBy", filedBy == null ? null : filedBy.getLogin());
        values.put("date", expenseDate);
        values.put("type", typeCode);
        values.put("amount", amount == null ? null : amount.toPlainString());
        values.put("currency", currency);
        values.put("description", description);
        values.put("status", status);
        values.put("decidedBy", decidedBy == null ? null : decidedBy.getLogin());
        values.put("decidedAt", decidedAt);
        values.put("decisionReason", decisionReason);
        return values;
    }
}
