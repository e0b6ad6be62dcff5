package org.xtoolscrm.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Line item rules")
class LineItemRulesTest {

    @Test
    @DisplayName("Each broken rule names its line and field")
    void lineProblems() {
        List<LineItemForm> lines = List.of(
                line(" ", "1", "10", null),
                line("Zero", "0", "10", null),
                line("Fine quantity", "1.2345", "10", null),
                line("Huge", "1000000000000", "10", null),
                line("Free", "1", "-0.01", null),
                line("Mills", "1", "1.234", null),
                line("Too much off", "1", "10", "100.01"),
                line("Fine discount", "1", "10", "10.125"),
                line("No price", "1", null, null),
                line("No quantity", null, "10", null),
                line("长".repeat(LineItemRules.PRODUCT_MAX + 1), "1", "1", null));

        assertEquals(List.of(
                LineItemProblem.of(0, LineItemError.PRODUCT_MISSING),
                LineItemProblem.of(1, LineItemError.QUANTITY_NOT_POSITIVE),
                LineItemProblem.of(2, LineItemError.QUANTITY_TOO_PRECISE, 3),
                LineItemProblem.of(3, LineItemError.QUANTITY_TOO_LARGE, "999999999999.999"),
                LineItemProblem.of(4, LineItemError.UNIT_PRICE_NEGATIVE),
                LineItemProblem.of(5, LineItemError.UNIT_PRICE_TOO_PRECISE, "CNY", 2),
                LineItemProblem.of(6, LineItemError.DISCOUNT_OUT_OF_RANGE, 0, 100),
                LineItemProblem.of(7, LineItemError.DISCOUNT_TOO_PRECISE, 2),
                LineItemProblem.of(8, LineItemError.UNIT_PRICE_MISSING),
                LineItemProblem.of(9, LineItemError.QUANTITY_MISSING),
                LineItemProblem.of(10, LineItemError.PRODUCT_TOO_LONG, 200, 201)),
                LineItemRules.problems(lines, "CNY"));
    }

    @Test
    @DisplayName("Each problem's field is a field of the line form")
    void fieldNames() {
        assertEquals("product", LineItemError.PRODUCT_MISSING.field());
        assertEquals("quantity", LineItemError.QUANTITY_TOO_LARGE.field());
        assertEquals("unitPrice", LineItemError.UNIT_PRICE_NEGATIVE.field());
        assertEquals("discountPercent", LineItemError.DISCOUNT_TOO_PRECISE.field());
    }

    @Test
    @DisplayName("Blank lines are skipped but keep the index of later lines")
    void blankLinesSkipped() {
        List<LineItemForm> lines = List.of(line("Server", "1", "10", null), new LineItemForm(),
                line(null, "1", "10", null));

        assertEquals(List.of(LineItemProblem.of(2, LineItemError.PRODUCT_MISSING)),
                LineItemRules.problems(lines, "CNY"));
        assertEquals(2, LineItemRules.count(lines));
    }

    @Test
    @DisplayName("A line total beyond the amount column is rejected")
    void lineTotalTooLarge() {
        List<LineItemForm> lines = List.of(line("Everything", "2", "99999999999999999.99", null));

        assertEquals(List.of(LineItemProblem.of(0, LineItemError.LINE_TOTAL_TOO_LARGE, "99999999999999999.99")),
                LineItemRules.problems(lines, "CNY"));
    }

    @Test
    @DisplayName("Unit price decimals follow the currency")
    void priceDecimalsFollowCurrency() {
        assertEquals(List.of(LineItemProblem.of(0, LineItemError.UNIT_PRICE_TOO_PRECISE, "JPY", 0)),
                LineItemRules.problems(List.of(line("Licence", "1", "100.5", null)), "JPY"));
        assertEquals(List.of(), LineItemRules.problems(List.of(line("Licence", "1", "100.5", null)), "CNY"));
    }

    @Test
    @DisplayName("Total rounds the exact sum once and skips blank lines")
    void total() {
        // 1 x 0.25 x 0.5 = 0.125 twice: exact sum 0.25, though each line rounds to 0.12
        List<LineItemForm> lines = List.of(line("A", "1", "0.25", "50"), new LineItemForm(),
                line("B", "1", "0.25", "50"));

        assertEquals(new BigDecimal("0.25"), LineItemRules.total(lines, "CNY"));
        assertEquals(new BigDecimal("0.12"), LineItemRules.lineTotal(lines.get(0), "CNY"));
    }

    @Test
    @DisplayName("Product names are cleaned to one line")
    void cleanProduct() {
        assertEquals("Server rack", LineItemRules.cleanProduct(" Server\n\t rack "));
        assertNull(LineItemRules.cleanProduct(" \n "));
        assertNull(LineItemRules.cleanProduct(null));
    }

    @Test
    @DisplayName("A stored line copies back in the currency's decimals")
    void formOfStoredLine() {
        LineItemForm cny = LineItemForm.of("Cable", new BigDecimal("2.500"), new BigDecimal("7.50"),
                new BigDecimal("0.00"), "CNY");
        LineItemForm yen = LineItemForm.of("Licence", new BigDecimal("1.000"), new BigDecimal("100.00"),
                new BigDecimal("12.50"), "JPY");

        assertEquals(new BigDecimal("2.5"), cny.getQuantity());
        assertEquals(new BigDecimal("7.50"), cny.getUnitPrice());
        assertEquals(new BigDecimal("0"), cny.getDiscountPercent());
        assertEquals(new BigDecimal("100"), yen.getUnitPrice());
        assertEquals(new BigDecimal("12.5"), yen.getDiscountPercent());
    }

    private static LineItemForm line(String product, String quantity, String unitPrice, String discount) {
        return new LineItemForm(product, quantity == null ? null : new BigDecimal(quantity),
                unitPrice == null ? null : new BigDecimal(unitPrice), discount == null ? null : new BigDecimal(discount));
    }
}
