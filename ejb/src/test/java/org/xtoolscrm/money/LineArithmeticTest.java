package org.xtoolscrm.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every expected amount below is computed by hand from the formula in the comment beside it. */
@DisplayName("Line arithmetic")
class LineArithmeticTest {

    private static final int CENTS = 2;
    private static final int WHOLE_YEN = 0;

    @Test
    @DisplayName("Line without discount is quantity times unit price")
    void lineWithoutDiscount() {
        // 3 x 19.99 = 59.97
        assertEquals(new BigDecimal("59.97"), LineArithmetic.lineTotal(line("3", "19.99", "0"), CENTS));
    }

    @Test
    @DisplayName("Discount takes its percentage off the line")
    void lineWithDiscount() {
        // 2.5 x 100.00 x (1 - 10 / 100) = 250.00 x 0.9 = 225.00
        assertEquals(new BigDecimal("225.00"), LineArithmetic.lineTotal(line("2.5", "100.00", "10"), CENTS));
    }

    @Test
    @DisplayName("Three-decimal quantity and two-decimal discount round to the cent")
    void fractionalQuantityAndDiscount() {
        // 1.333 x 7.50 = 9.9975; x (1 - 12.5 / 100) = 9.9975 x 0.875 = 8.7478125, rounded 8.75
        LineArithmetic.Line line = line("1.333", "7.50", "12.5");

        assertEquals(0, new BigDecimal("8.7478125").compareTo(LineArithmetic.exactLineTotal(line)));
        assertEquals(new BigDecimal("8.75"), LineArithmetic.lineTotal(line, CENTS));
    }

    @Test
    @DisplayName("A line's half cent rounds to the even cent")
    void lineRoundsHalfEven() {
        // 1 x 0.25 x 0.5 = 0.125: half-even keeps the even 2, where half-up would give 0.13
        assertEquals(new BigDecimal("0.12"), LineArithmetic.lineTotal(line("1", "0.25", "50"), CENTS));
        // 1 x 0.27 x 0.5 = 0.135: the even neighbour is 0.14
        assertEquals(new BigDecimal("0.14"), LineArithmetic.lineTotal(line("1", "0.27", "50"), CENTS));
        // 1 x 0.01 x 0.5 = 0.005: rounds down to the even 0.00
        assertEquals(new BigDecimal("0.00"), LineArithmetic.lineTotal(line("1", "0.01", "50"), CENTS));
    }

    @Test
    @DisplayName("Total rounds the sum of exact line totals once")
    void totalRoundsOnce() {
        // Two lines of 1 x 0.25 x 0.5 = 0.125 each: exact sum 0.250 gives 0.25, while the
        // rounded lines, 0.12 each, would add up to 0.24.
        List<LineArithmetic.Line> lines = List.of(line("1", "0.25", "50"), line("1", "0.25", "50"));

        assertEquals(new BigDecimal("0.25"), LineArithmetic.total(lines, CENTS));
        assertEquals(new BigDecimal("0.24"), LineArithmetic.lineTotal(lines.get(0), CENTS)
                .add(LineArithmetic.lineTotal(lines.get(1), CENTS)));
    }

    @Test
    @DisplayName("Total's half cent rounds to the even cent")
    void totalRoundsHalfEven() {
        // Three lines of 1 x 0.01 x 0.5 = 0.005 each: exact sum 0.015, whose even neighbour
        // is 0.02; each rounded line is 0.00.
        List<LineArithmetic.Line> three = List.of(line("1", "0.01", "50"), line("1", "0.01", "50"),
                line("1", "0.01", "50"));
        // Five such lines: exact sum 0.025, whose even neighbour is 0.02, not 0.03.
        List<LineArithmetic.Line> five = List.of(line("1", "0.01", "50"), line("1", "0.01", "50"),
                line("1", "0.01", "50"), line("1", "0.01", "50"), line("1", "0.01", "50"));

        assertEquals(new BigDecimal("0.02"), LineArithmetic.total(three, CENTS));
        assertEquals(new BigDecimal("0.02"), LineArithmetic.total(five, CENTS));
    }

    @Test
    @DisplayName("Total of several ordinary lines")
    void totalOfOrdinaryLines() {
        // 3 x 19.99 = 59.97; 2.5 x 100.00 x 0.9 = 225.00; 1.333 x 7.50 x 0.875 = 8.7478125
        // exact sum 293.7178125, rounded 293.72
        List<LineArithmetic.Line> lines = List.of(line("3", "19.99", "0"), line("2.5", "100.00", "10"),
                line("1.333", "7.50", "12.5"));

        assertEquals(new BigDecimal("293.72"), LineArithmetic.total(lines, CENTS));
    }

    @Test
    @DisplayName("Full discount and no lines give zero")
    void zeroTotals() {
        // 5 x 99.99 x (1 - 100 / 100) = 0
        assertEquals(new BigDecimal("0.00"), LineArithmetic.lineTotal(line("5", "99.99", "100"), CENTS));
        assertEquals(new BigDecimal("0.00"), LineArithmetic.total(List.of(), CENTS));
    }

    @Test
    @DisplayName("A currency without minor unit rounds to the whole unit, half-even")
    void wholeUnitCurrency() {
        // 3 x 333 x (1 - 33.33 / 100) = 999 x 0.6667 = 666.0333, rounded 666
        assertEquals(new BigDecimal("666"), LineArithmetic.lineTotal(line("3", "333", "33.33"), WHOLE_YEN));
        // 1 x 5 x 0.5 = 2.5, even neighbour 2; 1 x 7 x 0.5 = 3.5, even neighbour 4
        assertEquals(new BigDecimal("2"), LineArithmetic.lineTotal(line("1", "5", "50"), WHOLE_YEN));
        assertEquals(new BigDecimal("4"), LineArithmetic.lineTotal(line("1", "7", "50"), WHOLE_YEN));
        // 2.5 + 2.5 = 5 exactly, while the rounded lines would give 2 + 2 = 4
        assertEquals(new BigDecimal("5"), LineArithmetic.total(List.of(line("1", "5", "50"),
                line("1", "5", "50")), WHOLE_YEN));
    }

    private static LineArithmetic.Line line(String quantity, String unitPrice, String discountPercent) {
        return new LineArithmetic.Line(new BigDecimal(quantity), new BigDecimal(unitPrice),
                new BigDecimal(discountPercent));
    }
}
