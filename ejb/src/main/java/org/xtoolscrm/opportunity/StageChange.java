package org.xtoolscrm.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.xtoolscrm.account.User;

/**
 * One entry of an opportunity's stage history: the stage it left (none for the first
 * entry), the stage it entered, the time, the user who moved it, and the whole days it spent in the stage
 * it left. Entries are written by {@link OpportunityService} and never changed.
 */
@Entity
@Table(name = "opportunity_stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private Long opportunityId;

    @Column(name = "from_stage", length = 40, updatable = false)
    private String fromStage;

    @Column(name = "to_stage", nullable = false, length = 40, updatable = false)
    private String toStage;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by_id", nullable = false, updatable = false)
    private User changedBy;

    @Column(name = "days_in_previous", updatable = false)
    private Integer daysInPrevious;

    protected StageChange() {
    }

    StageChange(long opportunityId, String fromStage, String toStage, Instant changedAt, User changedBy,
                Integer daysInPrevious) {
        this.opportunityId = opportunityId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.daysInPrevious = daysInPrevious;
    }

    public Long getId() {
        return id;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public String getFromStage() {
        return fromStage;
    }

    public String getToStage() {
        return toStage;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public User getChangedBy() {
        return changedBy;
    }

    public Integer getDaysInPrevious() {
        return daysInPrevious;
    }
}
