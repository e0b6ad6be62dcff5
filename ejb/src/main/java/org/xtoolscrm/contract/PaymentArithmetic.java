package org.xtoolscrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settlement of a contract's payments against its instalments, all in the contract's
 * currency.
 *
 * <p>A payment that names an instalment settles that instalment first. What it pays beyond
 * the instalment's amount, and every payment that names none, then settles the open
 * instalments in order of due date. An instalment is overdue when its due date has passed
 * and part of it is still open. The contract's outstanding amount is its amount less all
 * payments, never below zero; what is paid beyond the amount is the over-payment.
 */
public final class PaymentArithmetic {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** An instalment as the arithmetic needs it. */
    public record Plan(long id, LocalDate dueOn, BigDecimal amount) {
    }

    /**
     * A payment as the arithmetic needs it.
     *
     * @param planId the instalment it names, or null
     */
    public record Payment(BigDecimal amount, Long planId) {
    }

    /**
     * One instalment with what the payments settle of it.
     *
     * @param instalment its number, 1 for the earliest due date
     */
    public record PlanState(long planId, int instalment, LocalDate dueOn, BigDecimal amount, BigDecimal settled,
                            boolean overdue) {

        /** Returns the part still open. */
        public BigDecimal remaining() {
            return amount.subtract(settled);
        }
    }

    /**
     * A contract's money.
     *
     * @param planned     the instalments' sum
     * @param received    the payments' sum
     * @param outstanding the amount less the payments, never below zero
     * @param overpaid    the payments beyond the amount, never below zero
     * @param overdue     the open part of the instalments whose due date has passed
     */
    public record Summary(BigDecimal amount, BigDecimal planned, BigDecimal received, BigDecimal outstanding,
                          BigDecimal overpaid, BigDecimal overdue, List<PlanState> plans) {

        /** Returns whether the instalments add up to the contract's amount; the page warns when not. */
        public boolean plansMatchAmount() {
            return plans.isEmpty() || planned.compareTo(amount) == 0;
        }

        /** Returns the contract's amount less the instalments' sum: positive when the plan is short. */
        public BigDecimal unplanned() {
            return amount.subtract(planned);
        }

        /** Returns how many instalments are overdue. */
        public long overdueCount() {
            return plans.stream().filter(PlanState::overdue).count();
        }
    }

    private PaymentArithmetic() {
    }

    /**
     * Settles the payments against the instalments.
     *
     * @param today the day, in the company's time zone, against which due dates count as passed
     */
    public static Summary settle(BigDecimal amount, List<Plan> plans, List<Payment> payments, LocalDate today) {
        List<Plan> ordered = new ArrayList<>(plans);
        ordered.sort(Comparator.comparing(Plan::dueOn).thenComparingLong(Plan::id));
        Map<Long, BigDecimal> settled = new HashMap<>();
        Map<Long, Plan> byId = new HashMap<>();
        for (Plan plan : ordered) {
            settled.put(plan.id(), ZERO);
            byId.put(plan.id(), plan);
        }

        BigDecimal received = ZERO;
        BigDecimal pool = ZERO;
        for (Payment payment : payments) {
            received = received.add(payment.amount());
            Plan named = payment.planId() == null ? null : byId.get(payment.planId());
            if (named == null) {
                pool = pool.add(payment.amount());
                continue;
            }
            BigDecimal room = named.amount().subtract(settled.get(named.id()));
            BigDecimal applied = payment.amount().min(room.max(ZERO));
            settled.merge(named.id(), applied, BigDecimal::add);
            pool = pool.add(payment.amount().subtract(applied));
        }
        for (Plan plan : ordered) {
            if (pool.signum() <= 0) {
                break;
            }
            BigDecimal room = plan.amount().subtract(settled.get(plan.id()));
            BigDecimal applied = pool.min(room.max(ZERO));
            settled.merge(plan.id(), applied, BigDecimal::add);
            pool = pool.subtract(applied);
        }

        List<PlanState> states = new ArrayList<>();
        BigDecimal planned = ZERO;
        BigDecimal overdue = ZERO;
        int number = 1;
        for (Plan plan : ordered) {
            BigDecimal paid = settled.get(plan.id());
            boolean late = plan.dueOn().isBefore(today) && paid.compareTo(plan.amount()) < 0;
            states.add(new PlanState(plan.id(), number++, plan.dueOn(), plan.amount(), paid, late));
            planned = planned.add(plan.amount());
            if (late) {
                overdue = overdue.add(plan.amount().subtract(paid));
            }
        }
        BigDecimal rest = amount.subtract(received);
        return new Summary(amount, planned, received, rest.max(ZERO), rest.negate().max(ZERO), overdue,
                List.copyOf(states));
    }
}
