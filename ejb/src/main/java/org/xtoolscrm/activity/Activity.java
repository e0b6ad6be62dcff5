package org.xtoolscrm.activity;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.customer.Customer;

/**
 * Something done with a customer, such as a call or a visit, recorded by its owner.
 * The type is the code of an ACTIVITY_TYPE option of the data dictionary; the contact
 * is a plain id, since contacts belong to another feature.
 */
@Entity
@Table(name = "activity")
public class Activity implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Activity";

    public static final int TYPE_MAX = 40;
    public static final int CONTENT_MAX = 4000;
    public static final int OUTCOME_MAX = 1000;
    public static final int NEXT_STEP_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    /**
     * The same column as {@link #customer}, read-only, so the timeline query compares
     * {@code customer_id} directly and the index on it serves the query.
     */
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Column(name = "activity_type", nullable = false, length = TYPE_MAX)
    private String type;

    @Column(name = "activity_time", nullable = false)
    private Instant time;

    @Column(name = "contact_id")
    private Long contactId;

    /** The opportunity the activity was about, a live deal of the same customer, or null. */
    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(nullable = false, length = CONTENT_MAX)
    private String content;

    @Column(length = OUTCOME_MAX)
    private String outcome;

    @Column(name = "next_step", length = NEXT_STEP_MAX)
    private String nextStep;

    @Column(name = "next_step_date")
    private LocalDate nextStepDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private User owner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this activity, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected Activity() {
    }

    Activity(Customer customer, User owner) {
        this.customer = customer;
        this.owner = owner;
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

    @Override
    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    /** Returns the code of the activity type option, such as {@code CALL}. */
    public String getType() {
        return type;
    }

    void setType(String type) {
        this.type = type;
    }

    public Instant getTime() {
        return time;
    }

    void setTime(Instant time) {
        this.time = time;
    }

    public Long getContactId() {
        return contactId;
    }

    void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public String getContent() {
        return content;
    }

    void setContent(String content) {
        this.content = content;
    }

    public String getOutcome() {
        return outcome;
    }

    void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNextStep() {
        return nextStep;
    }

    void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public LocalDate getNextStepDate() {
        return nextStepDate;
    }

    void setNextStepDate(LocalDate nextStepDate) {
        this.nextStepDate = nextStepDate;
    }

    /** Returns the user who recorded the activity. */
    public User getOwner() {
        return owner;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the activity is in the recycle bin. */
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
        values.put("customer", customer == null ? null : customer.getName());
        values.put("type", type);
        values.put("time", time);
        values.put("contactId", contactId);
        values.put("opportunityId", opportunityId);
        values.put("content", content);
        values.put("outcome", outcome);
        values.put("nextStep", nextStep);
        values.put("nextStepDate", nextStepDate);
        values.put("owner", owner == null ? null : owner.getLogin());
        return values;
    }
}
