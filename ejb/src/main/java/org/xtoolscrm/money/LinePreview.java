package org.xtoolscrm.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The totals a dialog of line items shows while the user types, computed by
 * {@link LineArithmetic} as the services compute them on save. A line whose quantity,
 * unit price or discount is missing or out of range has no total yet and is left out of
 * the total of the lines.
 */
public final class LinePreview {

    private LinePreview() {
    }

    /** Returns the line's total in the currency's decimal places, or null when it cannot be computed yet. */
    public static BigDecimal lineTotal(LineItemForm line, String currency) {
        if (!computable(line)) {
            return null;
        }
        return LineArithmetic.lineTotal(LineItemRules.amountsOf(line), decimals(currency));
    }

    /** Returns the sum of the exact totals of the lines that have one, rounded once. */
    public static BigDecimal total(List<LineItemForm> lines, String currency) {
        List<LineArithmetic.Line> amounts = new ArrayList<>();
        for (LineItemForm line : lines) {
            if (computable(line)) {
                amounts.add(LineItemRules.amountsOf(line));
            }
        }
        return LineArithmetic.total(amounts, decimals(currency));
    }

    /** Returns whether a line that is not blank has no total yet, so the total of the lines leaves it out. */
    public static boolean anyIncomplete(List<LineItemForm> lines) {
        return lines.stream().anyMatch(line -> !line.isBlank() && !computable(line));
    }

    private static boolean computable(LineItemForm line) {
        BigDecimal discount = line.getDiscountPercent();
        return line.getQuantity() != null && line.getQuantity().signum() > 0
                && line.getUnitPrice() != null && line.getUnitPrice().signum() >= 0
                && (discount == null
                || discount.signum() >= 0 && discount.compareTo(LineItemRules.MAX_DISCOUNT) <= 0);
    }

    /** Returns the decimal places of the currency, or those of most currencies while the code is invalid. */
    private static int decimals(String currency) {
        return Money.decimalsOf(Money.normalizeCurrency(currency));
    }
}
