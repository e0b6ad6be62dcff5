package org.xtoolscrm.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The money of line items, as quotes and contracts have them. A line's total is
 * quantity × unit price × (1 − discount / 100), rounded half-even. The total of the lines
 * is the sum of their exact totals, rounded once, half-even, so it can differ by a minor
 * unit from the sum of the rounded line totals. Both round to the decimal places of the
 * record's currency: to the cent for CNY, USD, EUR and most others, to the whole unit for
 * JPY or KRW.
 */
public final class LineArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The amounts of one line.
     *
     * @param discountPercent the discount in percent, from 0 to 100
     */
    public record Line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent) {
    }

    private LineArithmetic() {
    }

    /** Returns the line's total without rounding. */
    public static BigDecimal exactLineTotal(Line line) {
        BigDecimal remaining = HUNDRED.subtract(line.discountPercent());
        // Dividing by 100 only moves the decimal point, so the result stays exact.
        return line.quantity().multiply(line.unitPrice()).multiply(remaining).movePointLeft(2);
    }

    /** Returns the line's total rounded half-even to the given decimal places. */
    public static BigDecimal lineTotal(Line line, int decimals) {
        return exactLineTotal(line).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** Returns the sum of the lines' exact totals, rounded once half-even to the given decimal places. */
    public static BigDecimal total(List<Line> lines, int decimals) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : lines) {
            sum = sum.add(exactLineTotal(line));
        }
        return sum.setScale(decimals, RoundingMode.HALF_EVEN);
    }
}
