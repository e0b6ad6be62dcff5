package org.xtoolscrm.opportunity.detail;

import java.io.Serializable;

/** The fields a user enters to add or edit a requirement. {@link RequirementRules} checks them. */
public class RequirementForm implements Serializable {

    private String title;
    private String description;
    private RequirementImportance importance = RequirementImportance.NORMAL;

    /** Copies the editable fields of a requirement, for an edit dialog. */
    public static RequirementForm of(Requirement requirement) {
        RequirementForm form = new RequirementForm();
        form.title = requirement.getTitle();
        form.description = requirement.getDescription();
        form.importance = requirement.getImportance();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RequirementImportance getImportance() {
        return importance;
    }

    public void setImportance(RequirementImportance importance) {
        this.importance = importance;
    }
}
