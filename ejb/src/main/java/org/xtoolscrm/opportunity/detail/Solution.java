package org.xtoolscrm.opportunity.detail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xtoolscrm.account.User;
import org.xtoolscrm.opportunity.Opportunity;

/** A solution offered to the customer for the deal: what will be delivered, and how. */
@Entity
@Table(name = "opportunity_solution")
public class Solution extends OpportunityDetail {

    /** The record kind in the change log. */
    public static final String AUDIT_TYPE = "Solution";

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    protected Solution() {
    }

    Solution(Opportunity deal, User createdBy) {
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
        return values;
    }
}
