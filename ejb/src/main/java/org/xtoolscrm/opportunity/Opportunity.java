package org.xtoolscrm.opportunity;

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
 * A potential deal with a customer, moving through the stages of the data dictionary
 * list OPPORTUNITY_STAGE. Its stage changes only through {@link OpportunityService},
 * which writes a {@link StageChange} each time.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Opportunity";

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int LOST_REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "expected_sign_date", nullable = false)
    private LocalDate expectedSignDate;

    @Column(nullable = false, length = 40)
    private String stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private OpportunityOutcome outcome = OpportunityOutcome.OPEN;

    @Column(name = "stage_since", nullable = false)
    private Instant stageSince;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 40)
    private String source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    /**
     * The same column as {@link #owner}, read-only, so the funnel's and the forecast's
     * aggregates filter and group by owner without joining the user table. Java code reads
     * {@link #owner}, because this field stays stale until the deal is read again.
     */
    @Column(name = "owner_id", insertable = false, updatable = false)
    private Long ownerId;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "lost_reason", length = LOST_REASON_MAX)
    private String lostReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this opportunity, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * Puts the deal in a stage from the given instant. A final stage closes it on the given
     * day, and only LOST keeps a reason; an open stage reopens it.
     */
    void enterStage(String stageCode, OpportunityOutcome stageOutcome, Instant at, LocalDate day,
                    String reasonIfLost) {
        stage = stageCode;
        outcome = stageOutcome;
        stageSince = at;
        closedOn = stageOutcome.isClosed() ? day : null;
        lostReason = stageOutcome == OpportunityOutcome.LOST ? reasonIfLost : null;
    }

    /** Sets the fields a user edits in the form, other than the stage. */
    void apply(String name, BigDecimal amount, String currency, LocalDate expectedSignDate, String source,
               String description) {
        this.name = name;
        this.amount = amount;
        this.currency = currency;
        this.expectedSignDate = expectedSignDate;
        this.source = source;
        this.description = description;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getExpectedSignDate() {
        return expectedSignDate;
    }

    public String getStage() {
        return stage;
    }

    public OpportunityOutcome getOutcome() {
        return outcome;
    }

    public Instant getStageSince() {
        return stageSince;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getSource() {
        return source;
    }

    public User getOwner() {
        return owner;
    }

    void setOwner(User owner) {
        this.owner = owner;
    }

    public String getDescription() {
        return description;
    }

    public String getLostReason() {
        return lostReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deletionId != null;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("customer", customer == null ? null : customer.getName());
        values.put("amount", amount == null ? null : amount.toPlainString());
        values.put("currency", currency);
        values.put("expectedSignDate", expectedSignDate);
        values.put("stage", stage);
        values.put("source", source);
        values.put("owner", owner == null ? null : owner.getLogin());
        values.put("description", description);
        values.put("lostReason", lostReason);
        return values;
    }
}
