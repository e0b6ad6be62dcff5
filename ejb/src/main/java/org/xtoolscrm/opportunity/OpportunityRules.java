package org.xtoolscrm.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xtoolscrm.money.Money;

/**
 * The rules an opportunity's fields follow, checked before it is stored. The options of
 * the data dictionary come in as arguments, so the rules need no database. The web layer
 * runs the same checks first, so a user sees every invalid field at once.
 */
public final class OpportunityRules {

    /**
     * The earliest expected signing date accepted. It catches typing errors such as 0026
     * for 2026.
     */
    public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);

    private OpportunityRules() {
    }

    /**
     * Checks every field of the form and returns the broken rules, at most one per field,
     * in the order of the form.
     *
     * @param stages       the stages of the list; a stage must be enabled unless it is the deal's current one
     * @param currentStage the deal's stage before the edit, or null on create
     * @param sources      the codes of the enabled options of the list SOURCE, plus the deal's current source
     */
    public static List<OpportunityProblem> problems(OpportunityForm form, StageList stages, String currentStage,
                                                    Set<String> sources) {
        List<OpportunityProblem> problems = new ArrayList<>();
        if (form.customerId() == null) {
            problems.add(OpportunityProblem.of(OpportunityError.CUSTOMER_MISSING));
        }
        String name = clean(form.name());
        if (name == null) {
            problems.add(OpportunityProblem.of(OpportunityError.NAME_MISSING));
        } else if (name.length() > Opportunity.NAME_MAX) {
            problems.add(OpportunityProblem.of(OpportunityError.NAME_TOO_LONG, Opportunity.NAME_MAX));
        }
        String currency = Money.normalizeCurrency(form.currency());
        boolean currencyValid = Money.isCurrency(currency);
        addIfBroken(problems, amountProblem(form.amount(), currencyValid ? currency : Money.DEFAULT_CURRENCY));
        if (!currencyValid) {
            problems.add(OpportunityProblem.of(OpportunityError.CURRENCY_INVALID, currency));
        }
        if (form.expectedSignDate() == null) {
            problems.add(OpportunityProblem.of(OpportunityError.EXPECTED_DATE_MISSING));
        } else if (form.expectedSignDate().isBefore(MIN_DATE)) {
            problems.add(OpportunityProblem.of(OpportunityError.EXPECTED_DATE_TOO_EARLY, MIN_DATE.toString()));
        }
        Optional<Stage> stage = stageProblem(form.stage(), stages, currentStage, problems);
        String source = clean(form.source());
        if (source != null && !sources.contains(source)) {
            problems.add(OpportunityProblem.of(OpportunityError.SOURCE_UNKNOWN, source));
        }
        String description = clean(form.description());
        if (description != null && description.length() > Opportunity.DESCRIPTION_MAX) {
            problems.add(OpportunityProblem.of(OpportunityError.DESCRIPTION_TOO_LONG, Opportunity.DESCRIPTION_MAX));
        }
        if (stage.isPresent() && stage.get().outcome() == OpportunityOutcome.LOST) {
            addIfBroken(problems, lostReasonProblem(form.lostReason()));
        }
        return problems;
    }

    /**
     * Checks the reason a deal is lost: present and not too long. Returns null when it is valid.
     */
    public static OpportunityProblem lostReasonProblem(String reason) {
        String cleaned = clean(reason);
        if (cleaned == null) {
            return OpportunityProblem.of(OpportunityError.LOST_REASON_MISSING);
        }
        if (cleaned.length() > Opportunity.LOST_REASON_MAX) {
            return OpportunityProblem.of(OpportunityError.LOST_REASON_TOO_LONG, Opportunity.LOST_REASON_MAX);
        }
        return null;
    }

    /**
     * Finds the stage of a form or a move on the board: an enabled stage of the list, or the
     * deal's current stage even when a Boss has disabled it since.
     *
     * @return the stage, or empty after adding a problem
     */
    static Optional<Stage> stageProblem(String code, StageList stages, String currentStage,
                                        List<OpportunityProblem> problems) {
        String cleaned = clean(code);
        if (cleaned == null) {
            problems.add(OpportunityProblem.of(OpportunityError.STAGE_MISSING));
            return Optional.empty();
        }
        Optional<Stage> stage = stages.find(cleaned)
                .filter(found -> found.enabled() || found.code().equals(currentStage));
        if (stage.isEmpty()) {
            problems.add(OpportunityProblem.of(OpportunityError.STAGE_UNKNOWN, cleaned));
        }
        return stage;
    }

    private static OpportunityProblem amountProblem(BigDecimal amount, String currency) {
        Money.AmountProblem problem = Money.check(amount, currency, true);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case MISSING -> OpportunityProblem.of(OpportunityError.AMOUNT_MISSING);
            case NEGATIVE, NOT_POSITIVE -> OpportunityProblem.of(OpportunityError.AMOUNT_NEGATIVE);
            case TOO_PRECISE -> OpportunityProblem.of(OpportunityError.AMOUNT_TOO_PRECISE, currency,
                    Money.decimalsOf(currency));
            case TOO_LARGE -> OpportunityProblem.of(OpportunityError.AMOUNT_TOO_LARGE,
                    Money.MAX_AMOUNT.toPlainString());
        };
    }

    /** Returns the text stripped, or null when it is blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void addIfBroken(List<OpportunityProblem> problems, OpportunityProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
