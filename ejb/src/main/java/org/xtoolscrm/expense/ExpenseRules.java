package org.xtoolscrm.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.money.Money;

/**
 * The rules an expense's fields follow, checked before it is stored. They need no
 * database: whether a type code is an option of the data dictionary is checked by
 * {@link ExpenseService}. The web layer runs the same checks first, so a user sees every
 * invalid field at once.
 */
public final class ExpenseRules {

    public static final String DEFAULT_CURRENCY = Money.DEFAULT_CURRENCY;

    /** Decimal places an amount may have at most, the scale of its DECIMAL(19,2) column. */
    public static final int MAX_DECIMALS = Money.MAX_DECIMALS;

    /** The largest amount a DECIMAL(19,2) column holds. */
    public static final BigDecimal MAX_AMOUNT = Money.MAX_AMOUNT;

    /**
     * The earliest expense date accepted. It catches typing errors such as 0025 for 2025;
     * a company that keeps older expenses in the product would lower it.
     */
    public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);

    public static final int DESCRIPTION_MAX = 1000;
    public static final int REASON_MAX = 500;

    private ExpenseRules() {
    }

    /**
     * Checks every field of an expense and returns the broken rules, at most one per field,
     * in the order of the form. The type is checked for presence only.
     *
     * @param today today's date in the company's time zone
     */
    public static List<ExpenseProblem> problems(ExpenseInput input, LocalDate today) {
        List<ExpenseProblem> problems = new ArrayList<>();
        addIfBroken(problems, dateProblem(input.date(), today));
        if (input.typeCode() == null || input.typeCode().isBlank()) {
            problems.add(new ExpenseProblem(ExpenseError.TYPE_MISSING));
        }
        String currency = normalizeCurrency(input.currency());
        ExpenseProblem currencyProblem = currencyProblem(currency);
        addIfBroken(problems, amountProblem(input.amount(), currencyProblem == null ? currency : DEFAULT_CURRENCY));
        addIfBroken(problems, currencyProblem);
        String description = clean(input.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            problems.add(new ExpenseProblem(ExpenseError.DESCRIPTION_TOO_LONG, DESCRIPTION_MAX));
        }
        return problems;
    }

    /**
     * Checks the day an expense was made: present, not after today and not before
     * {@link #MIN_DATE}. Returns null when the date is valid.
     */
    public static ExpenseProblem dateProblem(LocalDate date, LocalDate today) {
        if (date == null) {
            return new ExpenseProblem(ExpenseError.DATE_MISSING);
        }
        if (date.isAfter(today)) {
            return new ExpenseProblem(ExpenseError.DATE_IN_FUTURE, today.toString());
        }
        if (date.isBefore(MIN_DATE)) {
            return new ExpenseProblem(ExpenseError.DATE_TOO_EARLY, MIN_DATE.toString());
        }
        return null;
    }

    /**
     * Checks an amount in a valid currency: present, greater than zero, no more decimal
     * places than the currency has (at most two), and within the column. Returns null
     * when the amount is valid.
     */
    public static ExpenseProblem amountProblem(BigDecimal amount, String currency) {
        Money.AmountProblem problem = Money.check(amount, currency, false);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case MISSING -> new ExpenseProblem(ExpenseError.AMOUNT_MISSING);
            case NOT_POSITIVE, NEGATIVE -> new ExpenseProblem(ExpenseError.AMOUNT_NOT_POSITIVE);
            case TOO_PRECISE -> new ExpenseProblem(ExpenseError.AMOUNT_TOO_PRECISE, currency, decimalsOf(currency));
            case TOO_LARGE -> new ExpenseProblem(ExpenseError.AMOUNT_TOO_LARGE, MAX_AMOUNT.toPlainString());
        };
    }

    /** Checks a currency code after {@link #normalizeCurrency}. Returns null when it is valid. */
    public static ExpenseProblem currencyProblem(String currency) {
        if (!Money.isCurrency(currency)) {
            return new ExpenseProblem(ExpenseError.CURRENCY_INVALID, currency);
        }
        return null;
    }

    /**
     * Checks the reason of a decision and returns it stripped, or null when it is blank.
     * A rejection needs a reason, so the filer learns what to fix.
     *
     * @throws InvalidExpenseException when a rejection has no reason or a reason is too long
     */
    public static String checkReason(ExpenseDecision decision, String reason) {
        String cleaned = clean(reason);
        if (cleaned == null && decision == ExpenseDecision.REJECT) {
            throw new InvalidExpenseException(ExpenseError.REASON_MISSING);
        }
        if (cleaned != null && cleaned.length() > REASON_MAX) {
            throw new InvalidExpenseException(ExpenseError.REASON_TOO_LONG, REASON_MAX);
        }
        return cleaned;
    }

    /** Returns the currency code stripped and in upper case, or {@link #DEFAULT_CURRENCY} when it is blank. */
    public static String normalizeCurrency(String currency) {
        return Money.normalizeCurrency(currency);
    }

    /** Returns how many decimal places amounts in the currency may have; see {@link Money#decimalsOf}. */
    public static int decimalsOf(String currency) {
        return Money.decimalsOf(currency);
    }

    /** Returns the text stripped, or null when it is blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void addIfBroken(List<ExpenseProblem> problems, ExpenseProblem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }
}
