package org.xtoolscrm.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of line items, shared by quotes and contracts: a product name, a positive
 * quantity with at most three decimal places, a unit price in the record's currency that
 * is not negative, a discount from 0 to 100 percent, and a line total that fits the amount
 * column. They need no database, so the web layer runs them before it calls a service.
 * Blank lines, whose fields are all empty, are skipped everywhere.
 */
public final class LineItemRules {

    /** The maximum length of a product name, in characters, as its VARCHAR(200) column holds. */
    public static final int PRODUCT_MAX = 200;

    public static final int QUANTITY_DECIMALS = 3;
    /** The largest quantity a DECIMAL(15,3) column holds. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.999");

    public static final int DISCOUNT_DECIMALS = 2;
    public static final BigDecimal MAX_DISCOUNT = BigDecimal.valueOf(100);

    private LineItemRules() {
    }

    /**
     * Checks every line that is not blank and returns the broken rules in the order of the
     * lines, each with its line's index.
     *
     * @param currency a valid ISO 4217 code, whose decimal places the unit prices may have
     */
    public static List<LineItemProblem> problems(List<LineItemForm> lines, String currency) {
        List<LineItemProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineItemForm line = lines.get(i);
            if (!line.isBlank()) {
                lineProblems(i, line, currency, problems);
            }
        }
        return problems;
    }

    /** Returns the number of lines that are not blank. */
    public static int count(List<LineItemForm> lines) {
        return (int) lines.stream().filter(line -> !line.isBlank()).count();
    }

    /** Returns the total of checked lines, blank ones skipped, in the currency's decimal places. */
    public static BigDecimal total(List<LineItemForm> lines, String currency) {
        List<LineArithmetic.Line> amounts = lines.stream()
                .filter(line -> !line.isBlank())
                .map(LineItemRules::amountsOf)
                .toList();
        return LineArithmetic.total(amounts, Money.decimalsOf(currency));
    }

    /** Returns the total of one checked line in the currency's decimal places. */
    public static BigDecimal lineTotal(LineItemForm line, String currency) {
        return LineArithmetic.lineTotal(amountsOf(line), Money.decimalsOf(currency));
    }

    /** Returns the amounts of a line whose numbers are valid, with no discount when it is empty. */
    public static LineArithmetic.Line amountsOf(LineItemForm line) {
        BigDecimal discount = line.getDiscountPercent() == null ? BigDecimal.ZERO : line.getDiscountPercent();
        return new LineArithmetic.Line(line.getQuantity(), line.getUnitPrice(), discount);
    }

    /**
     * Returns the product name as it is stored: line breaks, tabs and other control
     * characters become spaces, runs of whitespace one space, and the ends are stripped.
     * Returns null when nothing is left.
     */
    public static String cleanProduct(String product) {
        if (product == null) {
            return null;
        }
        StringBuilder printable = new StringBuilder(product.length());
        product.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .forEach(printable::appendCodePoint);
        String clean = printable.toString().replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    private static void lineProblems(int index, LineItemForm line, String currency, List<LineItemProblem> problems) {
        String product = cleanProduct(line.getProduct());
        if (product == null) {
            problems.add(LineItemProblem.of(index, LineItemError.PRODUCT_MISSING));
        } else if (length(product) > PRODUCT_MAX) {
            problems.add(LineItemProblem.of(index, LineItemError.PRODUCT_TOO_LONG, PRODUCT_MAX, length(product)));
        }
        int before = problems.size();
        quantityProblem(index, line.getQuantity(), problems);
        unitPriceProblem(index, line.getUnitPrice(), currency, problems);
        discountProblem(index, line.getDiscountPercent(), problems);
        if (problems.size() > before) {
            return;
        }
        if (lineTotal(line, currency).compareTo(Money.MAX_AMOUNT) > 0) {
            problems.add(LineItemProblem.of(index, LineItemError.LINE_TOTAL_TOO_LARGE,
                    Money.MAX_AMOUNT.toPlainString()));
        }
    }

    private static void quantityProblem(int index, BigDecimal quantity, List<LineItemProblem> problems) {
        if (quantity == null) {
            problems.add(LineItemProblem.of(index, LineItemError.QUANTITY_MISSING));
        } else if (quantity.signum() <= 0) {
            problems.add(LineItemProblem.of(index, LineItemError.QUANTITY_NOT_POSITIVE));
        } else if (quantity.stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
            problems.add(LineItemProblem.of(index, LineItemError.QUANTITY_TOO_PRECISE, QUANTITY_DECIMALS));
        } else if (quantity.compareTo(MAX_QUANTITY) > 0) {
            problems.add(LineItemProblem.of(index, LineItemError.QUANTITY_TOO_LARGE, MAX_QUANTITY.toPlainString()));
        }
    }

    private static void unitPriceProblem(int index, BigDecimal price, String currency,
                                         List<LineItemProblem> problems) {
        Money.AmountProblem problem = Money.check(price, currency, true);
        if (problem == null) {
            return;
        }
        problems.add(switch (problem) {
            case MISSING -> LineItemProblem.of(index, LineItemError.UNIT_PRICE_MISSING);
            case NEGATIVE, NOT_POSITIVE -> LineItemProblem.of(index, LineItemError.UNIT_PRICE_NEGATIVE);
            case TOO_PRECISE -> LineItemProblem.of(index, LineItemError.UNIT_PRICE_TOO_PRECISE, currency,
                    Money.decimalsOf(currency));
            case TOO_LARGE -> LineItemProblem.of(index, LineItemError.UNIT_PRICE_TOO_LARGE,
                    Money.MAX_AMOUNT.toPlainString());
        });
    }

    private static void discountProblem(int index, BigDecimal discount, List<LineItemProblem> problems) {
        if (discount == null) {
            return;
        }
        if (discount.signum() < 0 || discount.compareTo(MAX_DISCOUNT) > 0) {
            problems.add(LineItemProblem.of(index, LineItemError.DISCOUNT_OUT_OF_RANGE, 0, 100));
        } else if (discount.stripTrailingZeros().scale() > DISCOUNT_DECIMALS) {
            problems.add(LineItemProblem.of(index, LineItemError.DISCOUNT_TOO_PRECISE, DISCOUNT_DECIMALS));
        }
    }

    /** Returns the number of characters, counted in code points as MySQL counts them in a VARCHAR. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
