package org.xtoolscrm.opportunity.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.money.LineItemForm;

@DisplayName("Quote rules")
class QuoteRulesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    @Test
    @DisplayName("Complete form has no problems")
    void validForm() {
        assertEquals(List.of(), QuoteRules.problems(form("Q-1-1", line("Server", "2", "1000.00", "5")), true));
    }

    @Test
    @DisplayName("Blank number is generated on create and required on edit")
    void blankNumber() {
        QuoteForm form = form("  ", line("Server", "1", "10", null));

        assertEquals(List.of(), QuoteRules.problems(form, false));
        assertEquals(List.of(DetailProblem.of(QuoteError.NUMBER_MISSING)), QuoteRules.problems(form, true));
    }

    @Test
    @DisplayName("Number is stripped and upper-cased, and checked for length and characters")
    void numberFormat() {
        assertEquals("Q-2026/07#A", QuoteRules.cleanNumber("  q-2026/07#a "));
        assertEquals("报价-2026-001", QuoteRules.cleanNumber("报价-2026-001"));
        assertNull(QuoteRules.cleanNumber(" \t"));

        for (String invalid : new String[] {"Q 1", "-Q1", "Q@1", "Q,1"}) {
            assertEquals(List.of(DetailProblem.of(QuoteError.NUMBER_INVALID, QuoteRules.cleanNumber(invalid))),
                    QuoteRules.problems(form(invalid), true), invalid);
        }
        assertEquals(List.of(), QuoteRules.problems(form("报价-2026-001"), true));
        assertEquals(List.of(), QuoteRules.problems(form("Q".repeat(Quote.NUMBER_MAX)), true));
        assertEquals(List.of(DetailProblem.of(QuoteError.NUMBER_TOO_LONG, 40, 41)),
                QuoteRules.problems(form("Q".repeat(41)), true));
    }

    @Test
    @DisplayName("Quote date is required, and valid-until may not come before it")
    void dates() {
        QuoteForm missing = form("Q-1");
        missing.setQuoteDate(null);
        QuoteForm early = form("Q-1");
        early.setQuoteDate(LocalDate.of(1999, 12, 31));
        QuoteForm before = form("Q-1");
        before.setValidUntil(DATE.minusDays(1));
        QuoteForm sameDay = form("Q-1");
        sameDay.setValidUntil(DATE);

        assertEquals(List.of(DetailProblem.of(QuoteError.DATE_MISSING)), QuoteRules.problems(missing, true));
        assertEquals(List.of(DetailProblem.of(QuoteError.DATE_TOO_EARLY, "2000-01-01")),
                QuoteRules.problems(early, true));
        assertEquals(List.of(DetailProblem.of(QuoteError.VALID_UNTIL_BEFORE_DATE, "2026-11-20")),
                QuoteRules.problems(before, true));
        assertEquals(List.of(), QuoteRules.problems(sameDay, true));
    }

    @Test
    @DisplayName("Currency must be an ISO 4217 code, in any case")
    void currency() {
        QuoteForm lower = form("Q-1", line("Server", "1", "10.50", null));
        lower.setCurrency(" usd ");
        QuoteForm unknown = form("Q-1");
        unknown.setCurrency("ABC");

        assertEquals(List.of(), QuoteRules.problems(lower, true));
        assertEquals(List.of(DetailProblem.of(QuoteError.CURRENCY_INVALID, "ABC")), QuoteRules.problems(unknown, true));
    }

    @Test
    @DisplayName("Each broken line rule names its line")
    void lineProblems() {
        QuoteForm form = form("Q-1",
                line(" ", "1", "10", null),
                line("Zero", "0", "10", null),
                line("Negative", "-1", "10", null),
                line("Fine quantity", "1.2345", "10", null),
                line("Huge", "1000000000000", "10", null),
                line("Free", "1", "-0.01", null),
                line("Mills", "1", "1.234", null),
                line("Too much off", "1", "10", "100.01"),
                line("Below zero off", "1", "10", "-1"),
                line("Fine discount", "1", "10", "10.125"),
                line("No price", "1", null, null),
                line("No quantity", null, "10", null));

        assertEquals(List.of(
                DetailProblem.ofLine(0, QuoteError.PRODUCT_MISSING),
                DetailProblem.ofLine(1, QuoteError.QUANTITY_NOT_POSITIVE),
                DetailProblem.ofLine(2, QuoteError.QUANTITY_NOT_POSITIVE),
                DetailProblem.ofLine(3, QuoteError.QUANTITY_TOO_PRECISE, 3),
                DetailProblem.ofLine(4, QuoteError.QUANTITY_TOO_LARGE, "999999999999.999"),
                DetailProblem.ofLine(5, QuoteError.UNIT_PRICE_NEGATIVE),
                DetailProblem.ofLine(6, QuoteError.UNIT_PRICE_TOO_PRECISE, "CNY", 2),
                DetailProblem.ofLine(7, QuoteError.DISCOUNT_OUT_OF_RANGE, 0, 100),
                DetailProblem.ofLine(8, QuoteError.DISCOUNT_OUT_OF_RANGE, 0, 100),
                DetailProblem.ofLine(9, QuoteError.DISCOUNT_TOO_PRECISE, 2),
                DetailProblem.ofLine(10, QuoteError.UNIT_PRICE_MISSING),
                DetailProblem.ofLine(11, QuoteError.QUANTITY_MISSING)), QuoteRules.problems(form, true));
    }

    @Test
    @DisplayName("Zero price, 100% discount and trailing zeros are accepted")
    void boundaryValues() {
        QuoteForm form = form("Q-1",
                line("Gift", "1", "0", null),
                line("Waived", "1", "10", "100"),
                line("Trailing zeros", "2.5000", "10.500", "12.500"),
                line("Largest quantity", "999999999999.999", "0.01", null));

        assertEquals(List.of(), QuoteRules.problems(form, true));
    }

    @Test
    @DisplayName("Unit price decimals follow the currency")
    void priceDecimalsFollowCurrency() {
        QuoteForm yen = form("Q-1", line("Licence", "1", "100.5", null), line("Support", "1", "100", null));
        yen.setCurrency("JPY");

        assertEquals(List.of(DetailProblem.ofLine(0, QuoteError.UNIT_PRICE_TOO_PRECISE, "JPY", 0)),
                QuoteRules.problems(yen, true));
    }

    @Test
    @DisplayName("Blank lines are skipped but keep the index of later lines")
    void blankLinesSkipped() {
        QuoteForm form = form("Q-1", line("Server", "1", "10", null), new LineItemForm(),
                line(null, "1", "10", null));

        assertEquals(List.of(DetailProblem.ofLine(2, QuoteError.PRODUCT_MISSING)), QuoteRules.problems(form, true));
    }

    @Test
    @DisplayName("More than 100 lines are rejected")
    void tooManyLines() {
        QuoteForm form = form("Q-1");
        for (int i = 0; i < Quote.LINES_MAX + 1; i++) {
            form.getLines().add(line("Item " + i, "1", "1", null));
        }

        assertEquals(List.of(DetailProblem.of(QuoteError.LINES_TOO_MANY, 100, 101L)), QuoteRules.problems(form, true));
    }

    @Test
    @DisplayName("Line and quote totals must fit the amount column")
    void totalsTooLarge() {
        QuoteForm hugeLine = form("Q-1", line("Everything", "2", "99999999999999999.99", null));
        QuoteForm hugeTotal = form("Q-1", line("Half", "1", "60000000000000000.00", null),
                line("Other half", "1", "60000000000000000.00", null));

        assertEquals(List.of(DetailProblem.ofLine(0, QuoteError.LINE_TOTAL_TOO_LARGE, "99999999999999999.99")),
                QuoteRules.problems(hugeLine, true));
        assertEquals(List.of(DetailProblem.of(QuoteError.TOTAL_TOO_LARGE, "99999999999999999.99")),
                QuoteRules.problems(hugeTotal, true));
    }

    @Test
    @DisplayName("Every broken rule is reported at once")
    void allProblemsAtOnce() {
        QuoteForm form = form("Q 1", line(null, "0", "1.001", "101"));
        form.setQuoteDate(null);
        form.setCurrency("XYZ");
        form.setNotes("记".repeat(Quote.NOTES_MAX + 1));

        List<DetailError> errors = QuoteRules.problems(form, true).stream().map(DetailProblem::error).toList();

        assertEquals(List.of(QuoteError.NUMBER_INVALID, QuoteError.DATE_MISSING, QuoteError.CURRENCY_INVALID,
                QuoteError.NOTES_TOO_LONG, QuoteError.PRODUCT_MISSING, QuoteError.QUANTITY_NOT_POSITIVE,
                QuoteError.UNIT_PRICE_TOO_PRECISE, QuoteError.DISCOUNT_OUT_OF_RANGE), errors);
    }

    @Test
    @DisplayName("Generated numbers count the deal's quotes and skip taken ones")
    void generatedNumbers() {
        assertEquals("Q-7-1", QuoteRules.nextNumber(7, 0, Set.of()));
        assertEquals("Q-7-3", QuoteRules.nextNumber(7, 2, Set.of("Q-7-1", "Q-7-2")));
        assertEquals("Q-7-5", QuoteRules.nextNumber(7, 2, Set.of("Q-7-3", "Q-7-4")));
        assertEquals("Q-7-2", QuoteRules.nextNumber(7, 1, Set.of("Q-7-1", "Q-7-20")));
    }

    @Test
    @DisplayName("Applying a form computes every total and updates lines in place")
    void applyComputesTotals() {
        Quote quote = new Quote();
        QuoteRules.apply(form("Q-1", line(" Server\n rack ", "3", "19.99", null), new LineItemForm(),
                line("Installation", "2.5", "100", "10"), line("Cable", "1.333", "7.5", "12.5")), "Q-1", quote);
        QuoteLine firstLine = quote.getLines().get(0);

        assertEquals(3, quote.getLines().size());
        assertEquals("Server rack", firstLine.getProduct());
        assertEquals(List.of(new BigDecimal("59.97"), new BigDecimal("225.00"), new BigDecimal("8.75")),
                quote.getLines().stream().map(QuoteLine::getLineTotal).toList());
        assertEquals(List.of(0, 1, 2), quote.getLines().stream().map(QuoteLine::getLineNo).toList());
        assertEquals(new BigDecimal("293.72"), quote.getTotal());
        assertEquals(new BigDecimal("0.00"), quote.getLines().get(0).getDiscountPercent());

        QuoteRules.apply(form("Q-1", line("Server", "1", "19.99", null)), "Q-1", quote);

        assertEquals(1, quote.getLines().size());
        assertTrue(firstLine == quote.getLines().get(0), "the first line is updated in place");
        assertEquals(new BigDecimal("19.99"), quote.getTotal());
    }

    @Test
    @DisplayName("Totals of a yen quote are whole yen")
    void applyInYen() {
        Quote quote = new Quote();
        QuoteForm form = form("Q-1", line("Licence", "3", "333", "33.33"), line("Support", "1", "5", "50"));
        form.setCurrency("jpy");

        QuoteRules.apply(form, "Q-1", quote);

        assertEquals("JPY", quote.getCurrency());
        // 666.0333 rounds to 666, 2.5 to 2; the exact sum 668.5333 rounds to 669
        assertEquals(List.of(new BigDecimal("666.00"), new BigDecimal("2.00")),
                quote.getLines().stream().map(QuoteLine::getLineTotal).toList());
        assertEquals(new BigDecimal("669.00"), quote.getTotal());
    }

    @Test
    @DisplayName("Every line error of the shared rules has a quote error of the same name")
    void everyLineErrorTranslated() {
        for (org.xtoolscrm.money.LineItemError error : org.xtoolscrm.money.LineItemError.values()) {
            QuoteError translated = QuoteError.of(error);

            assertEquals(error.name(), translated.name());
            assertEquals(error.field(), translated.field(), error.name());
        }
    }

    private static QuoteForm form(String number, LineItemForm... lines) {
        QuoteForm form = new QuoteForm();
        form.setQuoteNumber(number);
        form.setQuoteDate(DATE);
        form.setCurrency("CNY");
        form.setLines(List.of(lines));
        return form;
    }

    private static LineItemForm line(String product, String quantity, String unitPrice, String discount) {
        return new LineItemForm(product, quantity == null ? null : new BigDecimal(quantity),
                unitPrice == null ? null : new BigDecimal(unitPrice), discount == null ? null : new BigDecimal(discount));
    }
}
