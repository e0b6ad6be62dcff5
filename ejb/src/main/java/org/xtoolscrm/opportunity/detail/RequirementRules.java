package org.xtoolscrm.opportunity.detail;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a requirement's fields follow. They need no database, so the web layer runs
 * them before it calls the service and a user sees every invalid field at once.
 */
public final class RequirementRules {

    private RequirementRules() {
    }

    /** Returns the broken rules of the form, in the order of the dialog's fields. */
    public static List<DetailProblem> problems(RequirementForm form) {
        List<DetailProblem> problems = new ArrayList<>();
        String title = DetailText.line(form.getTitle());
        if (title == null) {
            problems.add(DetailProblem.of(RequirementError.TITLE_MISSING));
        } else if (DetailText.length(title) > Requirement.TITLE_MAX) {
            problems.add(DetailProblem.of(RequirementError.TITLE_TOO_LONG, Requirement.TITLE_MAX,
                    DetailText.length(title)));
        }
        if (form.getImportance() == null) {
            problems.add(DetailProblem.of(RequirementError.IMPORTANCE_MISSING));
        }
        String description = DetailText.block(form.getDescription());
        if (DetailText.length(description) > Requirement.DESCRIPTION_MAX) {
            problems.add(DetailProblem.of(RequirementError.DESCRIPTION_TOO_LONG, Requirement.DESCRIPTION_MAX,
                    DetailText.length(description)));
        }
        return problems;
    }

    /** Writes the fields of a checked form to the requirement, cleaned as {@link DetailText} does. */
    static void apply(RequirementForm form, Requirement requirement) {
        requirement.setTitle(DetailText.line(form.getTitle()));
        requirement.setDescription(DetailText.block(form.getDescription()));
        requirement.setImportance(form.getImportance());
    }
}
