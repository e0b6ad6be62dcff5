package org.xtoolscrm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.contract.PaymentArithmetic.Payment;
import org.xtoolscrm.contract.PaymentArithmetic.Plan;
import org.xtoolscrm.contract.PaymentArithmetic.PlanState;
import org.xtoolscrm.contract.PaymentArithmetic.Summary;

class PaymentArithmeticTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static Plan plan(long id, String due, String amount) {
        return new Plan(id, LocalDate.parse(due), money(amount));
    }

    @Test
    @DisplayName("Partial payment leaves the rest of the instalment open and overdue")
    void partialPayment() {
        Summary summary = PaymentArithmetic.settle(money("10000.00"),
                List.of(plan(1, "2026-11-30", "6000.00"), plan(2, "2027-01-31", "4000.00")),
                List.of(new Payment(money("2500.50"), 1L)), TODAY);

        PlanState first = summary.plans().get(0);
        assertEquals(money("2500.50"), first.settled());
        assertEquals(money("3499.50"), first.remaining());
        assertTrue(first.overdue());
        assertFalse(summary.plans().get(1).overdue(), "the second is not due yet");
        assertEquals(money("3499.50"), summary.overdue());
        assertEquals(money("7499.50"), summary.outstanding());
        assertEquals(money("0.00"), summary.overpaid());
        assertEquals(1, summary.overdueCount());
    }

    @Test
    @DisplayName("Payment without an instalment settles the earliest due first")
    void paymentWithoutPlan() {
        Summary summary = PaymentArithmetic.settle(money("9000.00"),
                // Listed out of order: the due dates decide.
                List.of(plan(7, "2027-02-01", "3000.00"), plan(5, "2026-10-01", "3000.00"),
                        plan(6, "2026-11-01", "3000.00")),
                List.of(new Payment(money("4000.00"), null)), TODAY);

        assertEquals(List.of(5L, 6L, 7L), summary.plans().stream().map(PlanState::planId).toList());
        assertEquals(List.of(1, 2, 3), summary.plans().stream().map(PlanState::instalment).toList());
        assertEquals(money("3000.00"), summary.plans().get(0).settled());
        assertEquals(money("1000.00"), summary.plans().get(1).settled());
        assertEquals(money("0.00"), summary.plans().get(2).settled());
        assertEquals(money("2000.00"), summary.overdue(), "the second instalment's open part");
    }

    @Test
    @DisplayName("Paying beyond a named instalment spills to the next open one")
    void excessSpills() {
        Summary summary = PaymentArithmetic.settle(money("5000.00"),
                List.of(plan(1, "2026-11-01", "2000.00"), plan(2, "2026-12-01", "3000.00")),
                List.of(new Payment(money("2500.00"), 1L)), TODAY);

        assertEquals(money("2000.00"), summary.plans().get(0).settled());
        assertEquals(money("500.00"), summary.plans().get(1).settled());
        assertTrue(summary.plans().get(1).overdue());
        assertEquals(money("2500.00"), summary.overdue());
    }

    @Test
    @DisplayName("Over-payment leaves nothing outstanding and shows the excess")
    void overPayment() {
        Summary summary = PaymentArithmetic.settle(money("1000.00"),
                List.of(plan(1, "2026-11-01", "1000.00")),
                List.of(new Payment(money("800.00"), 1L), new Payment(money("300.00"), null)), TODAY);

        assertEquals(money("1100.00"), summary.received());
        assertEquals(money("0.00"), summary.outstanding());
        assertEquals(money("100.00"), summary.overpaid());
        assertEquals(money("1000.00"), summary.plans().get(0).settled(), "an instalment is never settled beyond its amount");
        assertEquals(money("0.00"), summary.overdue());
    }

    @Test
    @DisplayName("Instalment due today is not overdue")
    void dueToday() {
        Summary summary = PaymentArithmetic.settle(money("100.00"), List.of(plan(1, "2026-12-05", "100.00")),
                List.of(), TODAY);

        assertFalse(summary.plans().get(0).overdue());
        assertEquals(money("100.00"), summary.outstanding());
    }

    @Test
    @DisplayName("Plans that do not add up to the amount are reported")
    void planMismatch() {
        Summary summary = PaymentArithmetic.settle(money("10000.00"),
                List.of(plan(1, "2027-01-01", "6000.00"), plan(2, "2027-02-01", "3000.00")), List.of(), TODAY);

        assertFalse(summary.plansMatchAmount());
        assertEquals(money("1000.00"), summary.unplanned());
        assertEquals(money("9000.00"), summary.planned());
    }

    @Test
    @DisplayName("Payments without any plan count toward the contract")
    void noPlans() {
        Summary summary = PaymentArithmetic.settle(money("500.00"), List.of(),
                List.of(new Payment(money("200.00"), null), new Payment(money("50.25"), 99L)), TODAY);

        assertTrue(summary.plansMatchAmount(), "no plan is no mismatch");
        assertEquals(money("250.25"), summary.received());
        assertEquals(money("249.75"), summary.outstanding());
        assertEquals(money("0.00"), summary.overdue());
    }
}
