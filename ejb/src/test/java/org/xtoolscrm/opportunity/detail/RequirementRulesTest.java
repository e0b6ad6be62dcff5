package org.xtoolscrm.opportunity.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Requirement rules")
class RequirementRulesTest {

    @Test
    @DisplayName("Missing or blank title is rejected")
    void titleMissing() {
        for (String title : new String[] {null, "", "  ", "\n\t", "\u0007"}) {
            assertEquals(List.of(DetailProblem.of(RequirementError.TITLE_MISSING)),
                    RequirementRules.problems(form(title, null, RequirementImportance.NORMAL)), String.valueOf(title));
        }
    }

    @Test
    @DisplayName("200 characters of title are accepted, 201 rejected with both numbers")
    void titleLength() {
        assertEquals(List.of(), RequirementRules.problems(form("需".repeat(200), null, RequirementImportance.HIGH)));
        assertEquals(List.of(DetailProblem.of(RequirementError.TITLE_TOO_LONG, 200, 201)),
                RequirementRules.problems(form("需".repeat(201), null, RequirementImportance.HIGH)));
    }

    @Test
    @DisplayName("2000 characters of description are accepted, 2001 rejected")
    void descriptionLength() {
        assertEquals(List.of(), RequirementRules.problems(form("T", "d".repeat(2000), RequirementImportance.LOW)));
        assertEquals(List.of(DetailProblem.of(RequirementError.DESCRIPTION_TOO_LONG, 2000, 2001)),
                RequirementRules.problems(form("T", "d".repeat(2001), RequirementImportance.LOW)));
    }

    @Test
    @DisplayName("Characters outside the BMP count once, as the database counts them")
    void countsCodePoints() {
        assertEquals(List.of(), RequirementRules.problems(form("😀".repeat(200), "😀".repeat(2000),
                RequirementImportance.NORMAL)));
    }

    @Test
    @DisplayName("Importance is required")
    void importanceMissing() {
        assertEquals(List.of(DetailProblem.of(RequirementError.IMPORTANCE_MISSING)),
                RequirementRules.problems(form("T", null, null)));
    }

    @Test
    @DisplayName("Every broken rule is reported at once")
    void allProblems() {
        List<DetailError> errors = RequirementRules.problems(form(" ", "x".repeat(2001), null)).stream()
                .map(DetailProblem::error).toList();

        assertEquals(List.of(RequirementError.TITLE_MISSING, RequirementError.IMPORTANCE_MISSING,
                RequirementError.DESCRIPTION_TOO_LONG), errors);
    }

    @Test
    @DisplayName("Applying keeps the title on one line and the description's lines")
    void applyCleans() {
        Requirement requirement = new Requirement();

        RequirementRules.apply(form("  Data  migration\r\nfrom ERP ", "\r\n Line one\r\nLine two \n\n",
                RequirementImportance.HIGH), requirement);

        assertEquals("Data migration from ERP", requirement.getTitle());
        assertEquals("Line one\nLine two", requirement.getDescription());
        assertEquals(RequirementImportance.HIGH, requirement.getImportance());

        RequirementRules.apply(form("T", "  ", RequirementImportance.LOW), requirement);

        assertNull(requirement.getDescription());
    }

    private static RequirementForm form(String title, String description, RequirementImportance importance) {
        RequirementForm form = new RequirementForm();
        form.setTitle(title);
        form.setDescription(description);
        form.setImportance(importance);
        return form;
    }
}
