package org.xtoolscrm.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Totals shown while lines are typed")
class LinePreviewTest {

    @Test
    @DisplayName("Line total follows the line arithmetic")
    void lineTotal() {
        // 1.333 x 7.50 x (1 - 12.5 / 100) = 8.7478125, rounded 8.75
        assertEquals(new BigDecimal("8.75"), LinePreview.lineTotal(line("Cable", "1.333", "7.50", "12.5"), "CNY"));
        // 1 x 0.25 x 0.5 = 0.125, half-even 0.12; no discount entered means none
        assertEquals(new BigDecimal("0.12"), LinePreview.lineTotal(line("Sample", "1", "0.25", "50"), "CNY"));
        assertEquals(new BigDecimal("59.97"), LinePreview.lineTotal(line("Disk", "3", "19.99", null), "CNY"));
    }

    @Test
    @DisplayName("A line without quantity or price, or out of range, has no total yet")
    void incompleteLine() {
        assertNull(LinePreview.lineTotal(line("Disk", null, "19.99", null), "CNY"));
        assertNull(LinePreview.lineTotal(line("Disk", "3", null, null), "CNY"));
        assertNull(LinePreview.lineTotal(line("Disk", "0", "19.99", null), "CNY"));
        assertNull(LinePreview.lineTotal(line("Disk", "1", "-1", null), "CNY"));
        assertNull(LinePreview.lineTotal(line("Disk", "1", "10", "100.5"), "CNY"));
        assertNull(LinePreview.lineTotal(line("Disk", "1", "10", "-5"), "CNY"));
    }

    @Test
    @DisplayName("Total rounds the exact sum once and leaves out incomplete lines")
    void total() {
        List<LineItemForm> lines = List.of(line("A", "1", "0.25", "50"), line("B", "1", "0.25", "50"),
                line("C", null, "99", null), new LineItemForm());

        // 0.125 + 0.125 = 0.25, though each line shows 0.12
        assertEquals(new BigDecimal("0.25"), LinePreview.total(lines, "CNY"));
        assertTrue(LinePreview.anyIncomplete(lines), "line C has no quantity");
        assertFalse(LinePreview.anyIncomplete(List.of(line("A", "1", "1", null), new LineItemForm())),
                "a blank line is not incomplete");
    }

    @Test
    @DisplayName("Totals use the decimal places of the currency")
    void currencyDecimals() {
        // 1 x 5 x 0.5 = 2.5: the even yen is 2, the cent keeps 2.50
        assertEquals(new BigDecimal("2"), LinePreview.lineTotal(line("Support", "1", "5", "50"), "jpy"));
        assertEquals(new BigDecimal("2.50"), LinePreview.lineTotal(line("Support", "1", "5", "50"), "USD"));
        assertEquals(new BigDecimal("2.50"), LinePreview.lineTotal(line("Support", "1", "5", "50"), "not a code"),
                "an invalid currency shows cents until it is fixed");
        assertEquals(new BigDecimal("0.00"), LinePreview.total(List.of(), "CNY"));
    }

    private static LineItemForm line(String product, String quantity, String unitPrice, String discount) {
        return new LineItemForm(product, quantity == null ? null : new BigDecimal(quantity),
                unitPrice == null ? null : new BigDecimal(unitPrice), discount == null ? null : new BigDecimal(discount));
    }
}
