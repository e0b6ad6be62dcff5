package org.xtoolscrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.money.LineItemError;
import org.xtoolscrm.money.LineItemForm;

@DisplayName("Contract line rules")
class ContractLineRulesTest {

    @Test
    @DisplayName("A line's problem names the line's number and field")
    void lineNumberAndField() {
        List<LineItemForm> lines = List.of(line("Server", "1", "10", null), new LineItemForm(),
                line("Cable", "0", "1.234", null));

        List<ContractProblem> problems = ContractLineRules.problems(lines, "CNY");

        assertEquals(List.of(
                ContractProblem.of(ContractError.LINE_QUANTITY_NOT_POSITIVE, 3),
                ContractProblem.of(ContractError.LINE_UNIT_PRICE_TOO_PRECISE, 3, "CNY", 2)), problems);
        assertEquals("quantity", problems.get(0).field());
        assertEquals("unitPrice", problems.get(1).field());
        assertEquals(2, ContractLineRules.lineIndex(problems.get(0)));
    }

    @Test
    @DisplayName("Every line error of the shared rules has a contract error")
    void everyLineErrorTranslated() {
        for (LineItemError error : LineItemError.values()) {
            ContractError translated = ContractLineRules.errorOf(error);

            assertEquals("LINE_" + error.name().replace("LINE_", ""), translated.name());
            assertEquals(error.field(), translated.field(), error.name());
        }
    }

    @Test
    @DisplayName("A problem of the lines as a whole has no line index")
    void problemWithoutLine() {
        assertNull(ContractLineRules.lineIndex(ContractProblem.of(ContractError.LINES_TOTAL_NOT_POSITIVE)));
        assertNull(ContractLineRules.lineIndex(ContractProblem.of(ContractError.AMOUNT_MISSING)));
    }

    @Test
    @DisplayName("Lines that add up to zero cannot set the amount")
    void zeroTotal() {
        List<LineItemForm> lines = List.of(line("Gift", "1", "0", null), line("Waived", "2", "50", "100"));

        assertEquals(List.of(ContractProblem.of(ContractError.LINES_TOTAL_NOT_POSITIVE)),
                ContractLineRules.problems(lines, "CNY"));
    }

    @Test
    @DisplayName("The total must fit the amount column")
    void totalTooLarge() {
        List<LineItemForm> lines = List.of(line("Half", "1", "60000000000000000.00", null),
                line("Other half", "1", "60000000000000000.00", null));

        assertEquals(List.of(ContractProblem.of(ContractError.LINES_TOTAL_TOO_LARGE, "99999999999999999.99")),
                ContractLineRules.problems(lines, "CNY"));
    }

    @Test
    @DisplayName("More than 100 lines are rejected")
    void tooManyLines() {
        List<LineItemForm> lines = new ArrayList<>();
        for (int i = 0; i <= ContractLineRules.LINES_MAX; i++) {
            lines.add(line("Item " + i, "1", "1", null));
        }

        assertEquals(List.of(ContractProblem.of(ContractError.LINES_TOO_MANY, 100, 101)),
                ContractLineRules.problems(lines, "CNY"));
    }

    @Test
    @DisplayName("Applying lines sets the amount to their total")
    void applySetsAmount() {
        Contract contract = contractIn("CNY", "999.00");

        ContractLineRules.apply(contract, List.of(line(" Server\n rack ", "3", "19.99", null), new LineItemForm(),
                line("Installation", "2.5", "100", "10"), line("Cable", "1.333", "7.5", "12.5")));

        // 59.97 + 225.00 + 8.7478125 = 293.7178125, rounded once to 293.72
        assertEquals(new BigDecimal("293.72"), contract.getAmount());
        assertEquals(3, contract.getLines().size());
        assertEquals("Server rack", contract.getLines().get(0).getProduct());
        assertEquals(List.of(0, 1, 2), contract.getLines().stream().map(ContractLine::getPosition).toList());
        assertEquals(new BigDecimal("8.75"), contract.getLines().get(2).getLineTotal());
    }

    @Test
    @DisplayName("Removing every line keeps the amount")
    void removingLinesKeepsAmount() {
        Contract contract = contractIn("CNY", "999.00");
        ContractLineRules.apply(contract, List.of(line("Server", "2", "100", null)));

        ContractLineRules.apply(contract, List.of(new LineItemForm()));

        assertEquals(0, contract.getLines().size());
        assertEquals(new BigDecimal("200.00"), contract.getAmount());
    }

    @Test
    @DisplayName("Lines of a yen contract total in whole yen")
    void yenTotals() {
        Contract contract = contractIn("JPY", "1.00");

        ContractLineRules.apply(contract, List.of(line("Licence", "3", "333", "33.33"), line("Support", "1", "5",
                "50")));

        // 666.0333 + 2.5 = 668.5333, rounded to 669
        assertEquals(new BigDecimal("669.00"), contract.getAmount());
        assertEquals(new BigDecimal("2.00"), contract.getLines().get(1).getLineTotal());
    }

    private static Contract contractIn(String currency, String amount) {
        Contract contract = new Contract();
        contract.apply("HT-1", "Title", java.time.LocalDate.of(2026, 1, 5), null, null, new BigDecimal(amount),
                currency, null);
        return contract;
    }

    private static LineItemForm line(String product, String quantity, String unitPrice, String discount) {
        return new LineItemForm(product, quantity == null ? null : new BigDecimal(quantity),
                unitPrice == null ? null : new BigDecimal(unitPrice), discount == null ? null : new BigDecimal(discount));
    }
}
