package org.xtoolscrm.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Opportunity field rules")
class OpportunityRulesTest {

    private static final Set<String> SOURCES = Set.of("REFERRAL", "WEBSITE");

    private static OpportunityForm form(String amount, String currency, String stage, String lostReason) {
        return new OpportunityForm(1L, "ERP rollout", amount == null ? null : new BigDecimal(amount), currency,
                LocalDate.of(2026, 12, 20), stage, "REFERRAL", null, null, lostReason);
    }

    private static List<OpportunityError> errors(OpportunityForm form, String currentStage) {
        return OpportunityRules.problems(form, Stages.seeded(), currentStage, SOURCES).stream()
                .map(OpportunityProblem::error).toList();
    }

    @Test
    void validFormHasNoProblems() {
        assertEquals(List.of(), errors(form("0", "cny", "PROPOSAL", null), null));
        assertEquals(List.of(), errors(form("120000.50", null, "LOST", "Budget cut"), null));
    }

    @Test
    void everyFieldCheckedAtOnce() {
        OpportunityForm empty = new OpportunityForm(null, " ", null, "ABC", null, null, "FAIR", null,
                "x".repeat(Opportunity.DESCRIPTION_MAX + 1), null);

        assertEquals(List.of(OpportunityError.CUSTOMER_MISSING, OpportunityError.NAME_MISSING,
                OpportunityError.AMOUNT_MISSING, OpportunityError.CURRENCY_INVALID,
                OpportunityError.EXPECTED_DATE_MISSING, OpportunityError.STAGE_MISSING,
                OpportunityError.SOURCE_UNKNOWN, OpportunityError.DESCRIPTION_TOO_LONG), errors(empty, null));
    }

    @ParameterizedTest
    @CsvSource({"-1, CNY, AMOUNT_NEGATIVE", "1.234, CNY, AMOUNT_TOO_PRECISE", "100.5, JPY, AMOUNT_TOO_PRECISE",
            "100000000000000000, CNY, AMOUNT_TOO_LARGE"})
    void amountRules(String amount, String currency, OpportunityError error) {
        assertEquals(List.of(error), errors(form(amount, currency, "PROPOSAL", null), null));
    }

    @Test
    void lostNeedsAReason() {
        assertEquals(List.of(OpportunityError.LOST_REASON_MISSING), errors(form("1", "CNY", "LOST", "  "), null));
        assertEquals(List.of(OpportunityError.LOST_REASON_TOO_LONG),
                errors(form("1", "CNY", "LOST", "x".repeat(Opportunity.LOST_REASON_MAX + 1)), null));
    }

    @Test
    void disabledStageOnlyWhereTheDealAlreadyIs() {
        StageList stages = new StageList(List.of(
                new Stage("OLD", "旧", "Old", 20, OpportunityOutcome.OPEN, 5, false),
                new Stage("WON", "赢单", "Won", 100, OpportunityOutcome.WON, 50, true),
                new Stage("LOST", "输单", "Lost", 0, OpportunityOutcome.LOST, 60, true)));
        OpportunityForm form = form("1", "CNY", "OLD", null);

        assertEquals(List.of(OpportunityError.STAGE_UNKNOWN),
                OpportunityRules.problems(form, stages, null, SOURCES).stream().map(OpportunityProblem::error)
                        .toList());
        assertTrue(OpportunityRules.problems(form, stages, "OLD", SOURCES).isEmpty());
    }

    @Test
    void expectedDateBeforeTwoThousandIsATypingError() {
        OpportunityForm form = new OpportunityForm(1L, "Deal", BigDecimal.ONE, "CNY", LocalDate.of(26, 12, 1),
                "PROPOSAL", null, null, null, null);

        assertEquals(List.of(OpportunityError.EXPECTED_DATE_TOO_EARLY), errors(form, null));
    }
}
