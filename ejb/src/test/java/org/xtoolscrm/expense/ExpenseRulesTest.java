package org.xtoolscrm.expense;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Expense field rules")
class ExpenseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "1", "1.5", "1.50", "120.00", "99999999999999999.99", "10.500"})
    void amountAccepted(String amount) {
        assertNull(ExpenseRules.amountProblem(new BigDecimal(amount), "CNY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.01", "-100"})
    void amountNotPositive(String amount) {
        ExpenseProblem problem = ExpenseRules.amountProblem(new BigDecimal(amount), "CNY");

        assertEquals(ExpenseError.AMOUNT_NOT_POSITIVE, problem.error());
        assertEquals("amount", problem.field());
    }

    @Test
    void amountMissing() {
        assertEquals(ExpenseError.AMOUNT_MISSING, ExpenseRules.amountProblem(null, "CNY").error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1.234", "12.3456", "0.005"})
    void amountWithThreeDecimalsRejected(String amount) {
        ExpenseProblem problem = ExpenseRules.amountProblem(new BigDecimal(amount), "CNY");

        assertEquals(ExpenseError.AMOUNT_TOO_PRECISE, problem.error());
        assertArrayEquals(new Object[] {"CNY", 2}, problem.arguments());
    }

    @Test
    void amountAboveColumnRejected() {
        ExpenseProblem problem = ExpenseRules.amountProblem(new BigDecimal("100000000000000000"), "CNY");

        assertEquals(ExpenseError.AMOUNT_TOO_LARGE, problem.error());
        assertArrayEquals(new Object[] {"99999999999999999.99"}, problem.arguments());
    }

    @Test
    void yenTakesNoDecimals() {
        assertNull(ExpenseRules.amountProblem(new BigDecimal("1500"), "JPY"));
        assertNull(ExpenseRules.amountProblem(new BigDecimal("1500.00"), "JPY"));

        ExpenseProblem problem = ExpenseRules.amountProblem(new BigDecimal("1500.5"), "JPY");
        assertEquals(ExpenseError.AMOUNT_TOO_PRECISE, problem.error());
        assertArrayEquals(new Object[] {"JPY", 0}, problem.arguments());
    }

    @Test
    void dinarStillLimitedToTwoDecimals() {
        assertEquals(3, java.util.Currency.getInstance("KWD").getDefaultFractionDigits());
        assertEquals(2, ExpenseRules.decimalsOf("KWD"));
        assertEquals(ExpenseError.AMOUNT_TOO_PRECISE,
                ExpenseRules.amountProblem(new BigDecimal("1.125"), "KWD").error());
    }

    @Test
    void dateTodayAndPastAccepted() {
        assertNull(ExpenseRules.dateProblem(TODAY, TODAY));
        assertNull(ExpenseRules.dateProblem(TODAY.minusDays(1), TODAY));
        assertNull(ExpenseRules.dateProblem(ExpenseRules.MIN_DATE, TODAY));
    }

    @Test
    void dateTomorrowRejected() {
        ExpenseProblem problem = ExpenseRules.dateProblem(TODAY.plusDays(1), TODAY);

        assertEquals(ExpenseError.DATE_IN_FUTURE, problem.error());
        assertEquals("date", problem.field());
        assertArrayEquals(new Object[] {"2026-03-15"}, problem.arguments());
    }

    @Test
    void dateBeforeMinimumRejected() {
        ExpenseProblem problem = ExpenseRules.dateProblem(LocalDate.of(25, 3, 1), TODAY);

        assertEquals(ExpenseError.DATE_TOO_EARLY, problem.error());
        assertArrayEquals(new Object[] {"2000-01-01"}, problem.arguments());
    }

    @Test
    void dateMissing() {
        assertEquals(ExpenseError.DATE_MISSING, ExpenseRules.dateProblem(null, TODAY).error());
    }

    @ParameterizedTest
    @CsvSource({"usd,USD", "' eur ',EUR", "CNY,CNY", "jpy,JPY"})
    void currencyNormalized(String typed, String expected) {
        assertEquals(expected, ExpenseRules.normalizeCurrency(typed));
        assertNull(ExpenseRules.currencyProblem(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankCurrencyIsYuan(String typed) {
        assertEquals("CNY", ExpenseRules.normalizeCurrency(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RMB", "XYZ", "US", "EURO", "12A", "元"})
    void unknownCurrencyRejected(String code) {
        ExpenseProblem problem = ExpenseRules.currencyProblem(ExpenseRules.normalizeCurrency(code));

        assertEquals(ExpenseError.CURRENCY_INVALID, problem.error());
        assertEquals("currency", problem.field());
    }

    @Test
    void validInputHasNoProblems() {
        ExpenseInput input = new ExpenseInput(TODAY, "TRAVEL", new BigDecimal("120.50"), null, " Taxi ");

        assertEquals(List.of(), ExpenseRules.problems(input, TODAY));
    }

    @Test
    void everyBrokenFieldReported() {
        ExpenseInput input = new ExpenseInput(TODAY.plusDays(3), " ", new BigDecimal("-5"), "RMB",
                "x".repeat(ExpenseRules.DESCRIPTION_MAX + 1));

        List<ExpenseError> errors = ExpenseRules.problems(input, TODAY).stream().map(ExpenseProblem::error).toList();

        assertEquals(List.of(ExpenseError.DATE_IN_FUTURE, ExpenseError.TYPE_MISSING,
                ExpenseError.AMOUNT_NOT_POSITIVE, ExpenseError.CURRENCY_INVALID,
                ExpenseError.DESCRIPTION_TOO_LONG), errors);
    }

    @Test
    void descriptionAtMaximumAccepted() {
        ExpenseInput input = new ExpenseInput(TODAY, "MEALS", BigDecimal.TEN, "CNY",
                "饭".repeat(ExpenseRules.DESCRIPTION_MAX));

        assertTrue(ExpenseRules.problems(input, TODAY).isEmpty());
    }

    @Test
    void rejectionNeedsReason() {
        InvalidExpenseException e = assertThrows(InvalidExpenseException.class,
                () -> ExpenseRules.checkReason(ExpenseDecision.REJECT, "  "));

        assertEquals(ExpenseError.REASON_MISSING, e.getFirst().error());
        assertEquals("reason", e.getFirst().field());
    }

    @Test
    void approvalReasonOptional() {
        assertNull(ExpenseRules.checkReason(ExpenseDecision.APPROVE, null));
        assertEquals("OK", ExpenseRules.checkReason(ExpenseDecision.APPROVE, " OK "));
    }

    @Test
    void reasonTooLongRejected() {
        InvalidExpenseException e = assertThrows(InvalidExpenseException.class,
                () -> ExpenseRules.checkReason(ExpenseDecision.REJECT, "x".repeat(ExpenseRules.REASON_MAX + 1)));

        assertEquals(ExpenseError.REASON_TOO_LONG, e.getFirst().error());
        assertArrayEquals(new Object[] {ExpenseRules.REASON_MAX}, e.getFirst().arguments());
    }
}
