package org.xtoolscrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Invoice rules")
class InvoiceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Set<String> TYPES = Set.of("VAT_SPECIAL", "VAT_NORMAL");

    @Test
    @DisplayName("A complete invoice has no problems")
    void valid() {
        InvoiceForm form = form(" fp-2026/001 ", TODAY, "VAT_SPECIAL", "1000.50");
        form.setNote("First half");

        assertEquals(List.of(), InvoiceRules.problems(form, "CNY", TODAY, TYPES));
        assertEquals("FP-2026/001", InvoiceRules.cleanNumber(form.getNumber()));
    }

    @Test
    @DisplayName("Missing fields are each reported")
    void missingFields() {
        InvoiceForm form = new InvoiceForm(" ", null, null, null);

        assertEquals(List.of(
                ContractProblem.of(ContractError.INVOICE_NUMBER_MISSING),
                ContractProblem.of(ContractError.INVOICE_DATE_MISSING),
                ContractProblem.of(ContractError.INVOICE_TYPE_MISSING),
                ContractProblem.of(ContractError.INVOICE_AMOUNT_MISSING)),
                InvoiceRules.problems(form, "CNY", TODAY, TYPES));
    }

    @Test
    @DisplayName("Invalid values name the field and the rule")
    void invalidValues() {
        InvoiceForm form = form("FP 1", TODAY.plusDays(1), "PAPER", "0");
        form.setNote("n".repeat(Invoice.NOTE_MAX + 1));

        List<ContractProblem> problems = InvoiceRules.problems(form, "CNY", TODAY, TYPES);

        assertEquals(List.of(
                ContractProblem.of(ContractError.INVOICE_NUMBER_INVALID, InvoiceRules.NUMBER_HINT),
                ContractProblem.of(ContractError.INVOICE_DATE_IN_FUTURE, "2026-03-10"),
                ContractProblem.of(ContractError.INVOICE_TYPE_UNKNOWN, "PAPER"),
                ContractProblem.of(ContractError.INVOICE_AMOUNT_NOT_POSITIVE),
                ContractProblem.of(ContractError.INVOICE_NOTE_TOO_LONG, 500)), problems);
        assertEquals(List.of("invoiceNumber", "invoiceDate", "invoiceType", "invoiceAmount", "invoiceNote"),
                problems.stream().map(ContractProblem::field).toList());
    }

    @Test
    @DisplayName("Number length, early dates and amount precision are checked")
    void limits() {
        InvoiceForm form = form("9".repeat(Invoice.NUMBER_MAX + 1), LocalDate.of(1999, 12, 31), "VAT_NORMAL", "10.5");

        assertEquals(List.of(
                ContractProblem.of(ContractError.INVOICE_NUMBER_TOO_LONG, 40),
                ContractProblem.of(ContractError.INVOICE_DATE_TOO_EARLY, "2000-01-01"),
                ContractProblem.of(ContractError.INVOICE_AMOUNT_TOO_PRECISE, "JPY", 0)),
                InvoiceRules.problems(form, "JPY", TODAY, TYPES));
    }

    @Test
    @DisplayName("Payments differ only when some are covered and their sum is another amount")
    void paymentsDiffer() {
        BigDecimal amount = new BigDecimal("1000.00");

        assertFalse(InvoiceRules.paymentsDiffer(amount, List.of()), "no payment covered yet");
        assertFalse(InvoiceRules.paymentsDiffer(amount, List.of(new BigDecimal("400.00"), new BigDecimal("600"))));
        assertTrue(InvoiceRules.paymentsDiffer(amount, List.of(new BigDecimal("400.00"))));
        assertTrue(InvoiceRules.paymentsDiffer(amount, List.of(new BigDecimal("400.00"), new BigDecimal("600.01"))));
        assertEquals(new BigDecimal("0.00"), InvoiceRules.sum(List.of()));
    }

    @Test
    @DisplayName("A blank number cleans to null")
    void blankNumber() {
        assertNull(InvoiceRules.cleanNumber("  "));
    }

    private static InvoiceForm form(String number, LocalDate date, String type, String amount) {
        return new InvoiceForm(number, date, type, amount == null ? null : new BigDecimal(amount));
    }
}
