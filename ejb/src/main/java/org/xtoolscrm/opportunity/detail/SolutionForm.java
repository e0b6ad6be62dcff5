package org.xtoolscrm.opportunity.detail;

import java.io.Serializable;

/** The fields a user enters to add or edit a solution. {@link SolutionRules} checks them. */
public class SolutionForm implements Serializable {

    private String title;
    private String description;

    /** Copies the editable fields of a solution, for an edit dialog. */
    public static SolutionForm of(Solution solution) {
        SolutionForm form = new SolutionForm();
        form.title = solution.getTitle();
        form.description = solution.getDescription();
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
}
