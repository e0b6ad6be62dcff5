package org.xtoolscrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.customer.CustomerStatus;

class ContractRulesTest {

    private static ContractForm valid() {
        ContractForm form = new ContractForm();
        form.setCustomerId(1L);
        form.setTitle("Annual service");
        form.setSignedOn(LocalDate.of(2026, 12, 1));
        form.setAmount(new BigDecimal("120000.00"));
        form.setCurrency("cny");
        form.setStatus(ContractStatus.EXECUTING);
        return form;
    }

    private static List<ContractError> errors(List<ContractProblem> problems) {
        return problems.stream().map(ContractProblem::error).toList();
    }

    @Test
    @DisplayName("Valid form with a blank number passes")
    void validForm() {
        assertEquals(List.of(), ContractRules.problems(valid()));
    }

    @Test
    @DisplayName("Every missing field is reported at once")
    void missingFields() {
        ContractForm form = new ContractForm();
        form.setCurrency(null);
        form.setStatus(null);

        assertEquals(List.of(ContractError.CUSTOMER_MISSING, ContractError.TITLE_MISSING,
                ContractError.SIGNED_ON_MISSING, ContractError.AMOUNT_MISSING, ContractError.STATUS_MISSING),
                errors(ContractRules.problems(form)));
    }

    @Test
    @DisplayName("Number, dates, amount and currency are checked")
    void fieldRules() {
        ContractForm form = valid();
        form.setNumber("HT 01");
        form.setStartsOn(LocalDate.of(2027, 1, 1));
        form.setEndsOn(LocalDate.of(2026, 12, 31));
        form.setAmount(new BigDecimal("0"));
        form.setCurrency("XYZ");

        assertEquals(List.of(ContractError.NUMBER_INVALID, ContractError.ENDS_BEFORE_START,
                ContractError.AMOUNT_NOT_POSITIVE, ContractError.CURRENCY_INVALID),
                errors(ContractRules.problems(form)));
    }

    @Test
    @DisplayName("Amount with more decimals than the currency allows is rejected")
    void tooPrecise() {
        ContractForm form = valid();
        form.setCurrency("JPY");
        form.setAmount(new BigDecimal("100.5"));

        List<ContractProblem> problems = ContractRules.problems(form);
        assertEquals(List.of(ContractError.AMOUNT_TOO_PRECISE), errors(problems));
        assertEquals(List.of("JPY", 0), problems.get(0).arguments());
    }

    @Test
    @DisplayName("Plan and payment fields are checked")
    void paymentRules() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        assertEquals(List.of(ContractError.DUE_ON_MISSING, ContractError.PLAN_AMOUNT_NOT_POSITIVE),
                errors(PaymentRules.planProblems(new PlanForm(null, new BigDecimal("-1"), null), "CNY")));
        PaymentForm payment = new PaymentForm(today.plusDays(1), new BigDecimal("10.001"), "GOLD", null);
        assertEquals(List.of(ContractError.RECEIVED_ON_IN_FUTURE, ContractError.PAYMENT_AMOUNT_TOO_PRECISE,
                ContractError.METHOD_UNKNOWN),
                errors(PaymentRules.paymentProblems(payment, "CNY", today, Set.of("CASH"))));
        assertTrue(PaymentRules.paymentProblems(new PaymentForm(today, BigDecimal.TEN, "CASH", null), "CNY", today,
                Set.of("CASH")).isEmpty());
    }

    @Test
    @DisplayName("Customer status follows the contracts")
    void customerStatus() {
        assertEquals(CustomerStatus.ACTIVE, CustomerStatusFollower.statusFor(
                List.of(ContractStatus.COMPLETED, ContractStatus.EXECUTING), CustomerStatus.PROSPECT));
        assertEquals(CustomerStatus.FORMER, CustomerStatusFollower.statusFor(
                List.of(ContractStatus.COMPLETED, ContractStatus.TERMINATED, ContractStatus.DRAFT),
                CustomerStatus.ACTIVE));
        assertEquals(CustomerStatus.PROSPECT, CustomerStatusFollower.statusFor(
                List.of(ContractStatus.DRAFT), CustomerStatus.PROSPECT), "drafts change nothing");
        assertEquals(CustomerStatus.ACTIVE, CustomerStatusFollower.statusFor(List.of(), CustomerStatus.ACTIVE),
                "a customer without contracts keeps what a Boss chose");
    }
}
