package org.xtoolscrm.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xtoolscrm.money.LineArithmetic;
import org.xtoolscrm.money.LineItemError;
import org.xtoolscrm.money.LineItemForm;
import org.xtoolscrm.money.LineItemProblem;
import org.xtoolscrm.money.LineItemRules;
import org.xtoolscrm.money.Money;

/**
 * The rules of a contract's line items: those of {@link LineItemRules}, shared with quotes,
 * in the contract's currency, plus at most {@link #LINES_MAX} lines whose total fits the
 * amount column and is positive, since it becomes the contract's amount. A line's problem
 * names the line by its number, from 1, as the first argument of its message.
 */
public final class ContractLineRules {

    /** The maximum number of lines of a contract. */
    public static final int LINES_MAX = 100;

    private static final Set<ContractError> LINE_ERRORS = EnumSet.noneOf(ContractError.class);

    static {
        for (LineItemError error : LineItemError.values()) {
            LINE_ERRORS.add(errorOf(error));
        }
    }

    private ContractLineRules() {
    }

    /**
     * Checks the lines that are not blank and returns the broken rules in the order of the
     * lines, then those of the lines as a whole.
     *
     * @param currency the contract's currency, a valid ISO 4217 code
     */
    public static List<ContractProblem> problems(List<LineItemForm> lines, String currency) {
        List<ContractProblem> problems = new ArrayList<>();
        int count = LineItemRules.count(lines);
        if (count > LINES_MAX) {
            problems.add(ContractProblem.of(ContractError.LINES_TOO_MANY, LINES_MAX, count));
        }
        List<LineItemProblem> lineProblems = LineItemRules.problems(lines, currency);
        for (LineItemProblem problem : lineProblems) {
            List<Object> arguments = new ArrayList<>();
            arguments.add(problem.line() + 1);
            arguments.addAll(problem.arguments());
            problems.add(new ContractProblem(errorOf(problem.error()), arguments));
        }
        if (lineProblems.isEmpty() && count > 0) {
            BigDecimal total = LineItemRules.total(lines, currency);
            if (total.compareTo(Money.MAX_AMOUNT) > 0) {
                problems.add(ContractProblem.of(ContractError.LINES_TOTAL_TOO_LARGE, Money.MAX_AMOUNT.toPlainString()));
            } else if (total.signum() == 0) {
                problems.add(ContractProblem.of(ContractError.LINES_TOTAL_NOT_POSITIVE));
            }
        }
        return problems;
    }

    /**
     * Returns the index of the line a problem is on, from 0, as the dialog of lines numbers
     * its rows, or null for a problem that is not a single line's.
     */
    public static Integer lineIndex(ContractProblem problem) {
        if (!LINE_ERRORS.contains(problem.error())) {
            return null;
        }
        return ((Integer) problem.arguments().get(0)) - 1;
    }

    /** Returns the contract's error for a broken rule of a line. */
    static ContractError errorOf(LineItemError error) {
        return switch (error) {
            case PRODUCT_MISSING -> ContractError.LINE_PRODUCT_MISSING;
            case PRODUCT_TOO_LONG -> ContractError.LINE_PRODUCT_TOO_LONG;
            case QUANTITY_MISSING -> ContractError.LINE_QUANTITY_MISSING;
            case QUANTITY_NOT_POSITIVE -> ContractError.LINE_QUANTITY_NOT_POSITIVE;
            case QUANTITY_TOO_PRECISE -> ContractError.LINE_QUANTITY_TOO_PRECISE;
            case QUANTITY_TOO_LARGE -> ContractError.LINE_QUANTITY_TOO_LARGE;
            case UNIT_PRICE_MISSING -> ContractError.LINE_UNIT_PRICE_MISSING;
            case UNIT_PRICE_NEGATIVE -> ContractError.LINE_UNIT_PRICE_NEGATIVE;
            case UNIT_PRICE_TOO_PRECISE -> ContractError.LINE_UNIT_PRICE_TOO_PRECISE;
            case UNIT_PRICE_TOO_LARGE -> ContractError.LINE_UNIT_PRICE_TOO_LARGE;
            case DISCOUNT_OUT_OF_RANGE -> ContractError.LINE_DISCOUNT_OUT_OF_RANGE;
            case DISCOUNT_TOO_PRECISE -> ContractError.LINE_DISCOUNT_TOO_PRECISE;
            case LINE_TOTAL_TOO_LARGE -> ContractError.LINE_TOTAL_TOO_LARGE;
        };
    }

    /**
     * Replaces the contract's lines with the checked lines that are not blank, each with its
     * total. While the contract then has lines, its amount becomes their total; without
     * lines the amount stays as it is. Lines are updated in place by position.
     */
    static void apply(Contract contract, List<LineItemForm> lines) {
        int decimals = Money.decimalsOf(contract.getCurrency());
        int stored = 0;
        for (LineItemForm line : lines) {
            if (line.isBlank()) {
                continue;
            }
            LineArithmetic.Line amounts = LineItemRules.amountsOf(line);
            contract.lineAt(stored).set(LineItemRules.cleanProduct(line.getProduct()), amounts.quantity(),
                    amounts.unitPrice(), amounts.discountPercent(), LineArithmetic.lineTotal(amounts, decimals));
            stored++;
        }
        contract.truncateLines(stored);
        if (stored > 0) {
            contract.setLinesTotal(LineItemRules.total(lines, contract.getCurrency()));
        }
    }
}
