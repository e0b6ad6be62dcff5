package org.xtoolscrm.opportunity.detail;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a solution's fields follow. They need no database, so the web layer runs them
 * before it calls the service and a user sees every invalid field at once.
 */
public final class SolutionRules {

    private SolutionRules() {
    }

    /** Returns the broken rules of the form, in the order of the dialog's fields. */
    public static List<DetailProblem> problems(SolutionForm form) {
        List<DetailProblem> problems = new ArrayList<>();
        String title = DetailText.line(form.getTitle());
        if (title == null) {
            problems.add(DetailProblem.of(SolutionError.TITLE_MISSING));
        } else if (DetailText.length(title) > Solution.TITLE_MAX) {
            problems.add(DetailProblem.of(SolutionError.TITLE_TOO_LONG, Solution.TITLE_MAX, DetailText.length(title)));
        }
        String description = DetailText.block(form.getDescription());
        if (DetailText.length(description) > Solution.DESCRIPTION_MAX) {
            problems.add(DetailProblem.of(SolutionError.DESCRIPTION_TOO_LONG, Solution.DESCRIPTION_MAX,
                    DetailText.length(description)));
        }
        return problems;
    }

    /** Writes the fields of a checked form to the solution, cleaned as {@link DetailText} does. */
    static void apply(SolutionForm form, Solution solution) {
        solution.setTitle(DetailText.line(form.getTitle()));
        solution.setDescription(DetailText.block(form.getDescription()));
    }
}
