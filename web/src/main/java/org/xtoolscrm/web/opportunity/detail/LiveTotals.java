package org.xtoolscrm.web.opportunity.detail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.money.Money;
import org.xtoolscrm.opportunity.detail.QuoteArithmetic;
import org.xtoolscrm.opportunity.detail.QuoteLineForm;
import org.xtoolscrm.opportunity.detail.QuoteRules;

/**
 * The totals the quote dialog shows while the user types, computed by
 * {@link QuoteArithmetic} as the service computes them on save. A line whose quantity,
 * unit price or discount is missing or out of range has no total yet and is left out of
 * the quote's total.
 */
final class LiveTotals {

    private LiveTotals() {
    }

    /** Returns the line's total in the currency's decimal places, or null when it cannot be computed yet. */
    static BigDecimal lineTotal(QuoteLineForm line, String currency) {
        if (!computable(line)) {
            return null;
        }
        return QuoteArithmetic.lineTotal(QuoteRules.amountsOf(line), decimals(currency));
    }

    /** Returns the sum of the exact totals of the lines that have one, rounded once. */
    static BigDecimal total(List<QuoteLineForm> lines, String currency) {
        List<QuoteArithmetic.Line> amounts = new ArrayList<>();
        for (QuoteLineForm line : lines) {
            if (computable(line)) {
                amounts.add(QuoteRules.amountsOf(line));
            }
        }
        return QuoteArithmetic.quoteTotal(amounts, decimals(currency));
    }

    /** Returns whether a line that is not blank has no total yet, so the quote's total leaves it out. */
    static boolean anyIncomplete(List<QuoteLineForm> lines) {
        return lines.stream().anyMatch(line -> !line.isBlank() && !computable(line));
    }

    private static boolean computable(QuoteLineForm line) {
        BigDecimal discount = line.getDiscountPercent();
        return line.getQuantity() != null && line.getQuantity().signum() > 0
                && line.getUnitPrice() != null && line.getUnitPrice().signum() >= 0
                && (discount == null || discount.signum() >= 0 && discount.compareTo(QuoteRules.MAX_DISCOUNT) <= 0);
    }

    /** Returns the decimal places of the currency, or those of most currencies while the code is invalid. */
    private static int decimals(String currency) {
        return Money.decimalsOf(Money.normalizeCurrency(currency));
    }
}
