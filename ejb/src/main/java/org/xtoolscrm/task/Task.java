package org.xtoolscrm.task;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.customer.Customer;

/**
 * A to-do assigned to one user (the owner), with an optional due date, optionally tied
 * to a customer. The contact and opportunity are plain ids, since those records
 * belong to other features.
 */
@Entity
@Table(name = "task")
public class Task implements Audited {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Task";

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskPriority priority = TaskPriority.NORMAL;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /**
     * The same column as {@link #customer}, read-only, for the list query that matches the
     * contact against it in the ON clause of a join. EclipseLink 4.0.6 turns a path through
     * {@code customer} there into a join that the database rejects. Java code reads
     * {@link #customer}, because this field stays stale until the task is read again.
     */
    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private User owner;

    /** The due date, or 9999-12-31 without one. The database computes it for the urgency sort. */
    @Column(name = "due_order", insertable = false, updatable = false)
    private LocalDate dueOrder;

    /** The rank of the priority: HIGH 2, NORMAL 1, LOW 0. The database computes it for the sorts. */
    @Column(name = "priority_rank", insertable = false, updatable = false)
    private Integer priorityRank;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this task, or null while it is live. */
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

    /** Marks the task done at the given instant. */
    void complete(Instant at) {
        done = true;
        doneAt = at;
    }

    /** Marks the task open again and clears the time it was done. */
    void reopen() {
        done = false;
        doneAt = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    void setPriority(TaskPriority priority) {
        this.priority = priority;
    }

    /** Returns the customer, or null for a task that is not tied to one. */
    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
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

    public User getOwner() {
        return owner;
    }

    void setOwner(User owner) {
        this.owner = owner;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the task is in the recycle bin. */
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
        values.put("subject", subject);
        values.put("dueDate", dueDate);
        values.put("priority", priority);
        values.put("customer", customer == null ? null : customer.getName());
        values.put("contactId", contactId);
        values.put("opportunityId", opportunityId);
        values.put("owner", owner == null ? null : owner.getLogin());
        values.put("done", done);
        values.put("doneAt", doneAt);
        values.put("description", description);
        return values;
    }
}
