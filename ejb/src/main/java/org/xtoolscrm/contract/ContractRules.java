package org.xtoolscrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xtoolscrm.money.Money;

/**
 * The rules a contract's fields follow, checked before it is stored. They need no
 * database; the service adds the checks that do (a free number, the deal's customer, the
 * owner). The web layer runs the same checks first, so a user sees every invalid field at
 * once.
 */
public final class ContractRules {

    /** The earliest date accepted. It catches typing errors such as 0026 for 2026. */
    public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);

    /** The characters of a number: a letter or digit first, then also . _ / # and -. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/#-]*");

    /** An example number for the message of the number rule. */
    public static final String NUMBER_HINT = "HT-2026-0001";

    private ContractRules() {
    }

    /**
     * Checks every field of the form and returns the broken rules, at most one per field,
     * in the order of the form. A blank number is valid: the service generates one.
     */
    public static List<ContractProblem> problems(ContractForm form) {
        List<ContractProblem> problems = new ArrayList<>();
        if (form.getCustomerId() == null) {
            problems.add(ContractProblem.of(ContractError.CUSTOMER_MISSING));
        }
        String number = clean(form.getNumber());
        if (number != null && number.length() > Contract.NUMBER_MAX) {
            problems.add(ContractProblem.of(ContractError.NUMBER_TOO_LONG, Contract.NUMBER_MAX));
        } else if (number != null && !NUMBER.matcher(number).matches()) {
            problems.add(ContractProblem.of(ContractError.NUMBER_INVALID, NUMBER_HINT));
        }
        String title = clean(form.getTitle());
        if (title == null) {
            problems.add(ContractProblem.of(ContractError.TITLE_MISSING));
        } else if (title.length() > Contract.TITLE_MAX) {
            problems.add(ContractProblem.of(ContractError.TITLE_TOO_LONG, Contract.TITLE_MAX));
        }
        if (form.getSignedOn() == null) {
            problems.add(ContractProblem.of(ContractError.SIGNED_ON_MISSING));
        } else if (form.getSignedOn().isBefore(MIN_DATE)) {
            problems.add(ContractProblem.of(ContractError.SIGNED_ON_TOO_EARLY, MIN_DATE.toString()));
        }
        dateRangeProblems(form.getStartsOn(), form.getEndsOn(), problems);
        String currency = Money.normalizeCurrency(form.getCurrency());
        boolean currencyValid = Money.isCurrency(currency);
        addIfBroken(problems, amountProblem(form.getAmount(), currencyValid ? currency : Money.DEFAULT_CURRENCY));
        if (!currencyValid) {
            problems.add(ContractProblem.of(ContractError.CURRENCY_INVALID, currency));
        }
        if (form.getStatus() == null) {
            problems.add(ContractProblem.of(ContractError.STATUS_MISSING));
        }
        String notes = clean(form.getNotes());
        if (notes != null && notes.length() > Contract.NOTES_MAX) {
            problems.add(ContractProblem.of(ContractError.NOTES_TOO_LONG, Contract.NOTES_MAX));
        }
        return problems;
    }

    private static void dateRangeProblems(LocalDate startsOn, LocalDate endsOn, List<ContractProblem> problems) {
        if (startsOn != null && startsOn.isBefore(MIN_DATE)) {
            problems.add(ContractProblem.of(ContractError.STARTS_ON_TOO_EARLY, MIN_DATE.toString()));
        }
        if (endsOn != null && endsOn.isBefore(MIN_DATE)) {
            problems.add(ContractProblem.of(ContractError.ENDS_ON_TOO_EARLY, MIN_DATE.toString()));
        } else if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(ContractProblem.of(ContractError.ENDS_BEFORE_START));
        }
    }

    private static ContractProblem amountProblem(BigDecimal amount, String currency) {
        Money.AmountProblem problem = Money.check(amount, currency, false);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case MISSING -> ContractProblem.of(ContractError.AMOUNT_MISSING);
            case NEGATIVE, NOT_POSITIVE -> ContractProblem.of(ContractError.AMOUNT_NOT_POSITIVE);
            case TOO_PRECISE -> ContractProblem.of(ContractError.AMOUNT_TOO_PRECISE, currency,
                    Money.decimalsOf(currency));
            case TOO_LARGE -> ContractProblem.of(ContractError.AMOUNT_TOO_LARGE, Money.MAX_AMOUNT.toPlainString());
        };
    }

    /** Returns the text stripped, or null when it is blank. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void addIfBroken(List<ContractProblem> problems, ContractProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
