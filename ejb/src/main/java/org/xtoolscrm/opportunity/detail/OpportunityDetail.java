package org.xtoolscrm.opportunity.detail;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import org.xtoolscrm.account.User;
import org.xtoolscrm.audit.Audited;
import org.xtoolscrm.opportunity.Opportunity;

/**
 * The columns every record of a deal has: its deal, the deal's customer, who added it and
 * when, the recycle bin mark and the version for optimistic locking. The deal and the
 * customer are plain ids, because the record is always reached through its deal, which
 * {@link DetailAccess} loads with the caller's visibility.
 */
@MappedSuperclass
public abstract class OpportunityDetail implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private Long opportunityId;

    /** The deal's customer, so that deleting the customer moves the record to the recycle bin with it. */
    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private User createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The recycle bin entry that contains this record, or null while it is live. */
    @Column(name = "deletion_id")
    private Long deletionId;

    @Version
    private int version;

    protected OpportunityDetail() {
    }

    protected OpportunityDetail(Opportunity deal, User createdBy) {
        this.opportunityId = deal.getId();
        this.customerId = deal.getCustomer().getId();
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

    /**
     * Sets the time of the last change now. An edit that changes only rows of another
     * table, such as a quote's lines, calls it so that the record's row and version change too.
     */
    void touch() {
        updatedAt = Instant.now();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Returns whether the record is in the recycle bin. */
    public boolean isDeleted() {
        return deletionId != null;
    }

    public int getVersion() {
        return version;
    }
}
