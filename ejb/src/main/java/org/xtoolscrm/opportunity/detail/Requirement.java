package org.xtoolscrm.opportunity.detail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.opportunity.Opportunity;

/** Something the customer needs from the deal, with its importance. */
@Entity
@Table(name = "opportunity_requirement")
public class Requirement extends OpportunityDetail {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Requirement";

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RequirementImportance importance = RequirementImportance.NORMAL;

    /** The rank of the importance: HIGH 2, NORMAL 1, LOW 0. The database computes it for the list order. */
    @Column(name = "importance_rank", insertable = false, updatable = false)
    private Integer importanceRank;

    protected Requirement() {
    }

    Requirement(Opportunity deal, User createdBy) {
        super(deal, createdBy);
    }

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    /** Returns the description, or null when there is none. */
    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public RequirementImportance getImportance() {
        return importance;
    }

    void setImportance(RequirementImportance importance) {
        this.importance = importance;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("opportunityId", getOpportunityId());
        values.put("title", title);
        values.put("description", description);
        values.put("importance", importance);
        return values;
    }
}
