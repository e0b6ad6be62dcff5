package org.xtoolscrm.opportunity.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Solution rules")
class SolutionRulesTest {

    @Test
    @DisplayName("Title is required and at most 200 characters")
    void title() {
        assertEquals(List.of(DetailProblem.of(SolutionError.TITLE_MISSING)), SolutionRules.problems(form(" \n", null)));
        assertEquals(List.of(), SolutionRules.problems(form("方".repeat(200), null)));
        assertEquals(List.of(DetailProblem.of(SolutionError.TITLE_TOO_LONG, 200, 201)),
                SolutionRules.problems(form("方".repeat(201), null)));
    }

    @Test
    @DisplayName("4000 characters of description are accepted, 4001 rejected")
    void descriptionLength() {
        assertEquals(List.of(), SolutionRules.problems(form("Cloud", "案".repeat(4000))));
        assertEquals(List.of(DetailProblem.of(SolutionError.DESCRIPTION_TOO_LONG, 4000, 4001)),
                SolutionRules.problems(form("Cloud", "案".repeat(4001))));
    }

    @Test
    @DisplayName("Applying cleans title and description")
    void applyCleans() {
        Solution solution = new Solution();

        SolutionRules.apply(form(" Private\tcloud ", "Phase 1\r\nPhase 2\u0000"), solution);

        assertEquals("Private cloud", solution.getTitle());
        assertEquals("Phase 1\nPhase 2", solution.getDescription());
    }

    private static SolutionForm form(String title, String description) {
        SolutionForm form = new SolutionForm();
        form.setTitle(title);
        form.setDescription(description);
        return form;
    }
}
