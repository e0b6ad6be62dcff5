package org.xtoolscrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xtoolscrm.money.Money;

/**
 * The rules of an instalment's and a payment's fields, in the contract's currency. They
 * need no database; the options of the list PAYMENT_METHOD come in as an argument.
 */
public final class PaymentRules {

    private PaymentRules() {
    }

    /** Checks an instalment and returns the broken rules, at most one per field. */
    public static List<ContractProblem> planProblems(PlanForm form, String currency) {
        List<ContractProblem> problems = new ArrayList<>();
        if (form.getDueOn() == null) {
            problems.add(ContractProblem.of(ContractError.DUE_ON_MISSING));
        } else if (form.getDueOn().isBefore(ContractRules.MIN_DATE)) {
            problems.add(ContractProblem.of(ContractError.DUE_ON_TOO_EARLY, ContractRules.MIN_DATE.toString()));
        }
        ContractRules.addIfBroken(problems, amountProblem(form.getAmount(), currency, ContractError.PLAN_AMOUNT_MISSING,
                ContractError.PLAN_AMOUNT_NOT_POSITIVE, ContractError.PLAN_AMOUNT_TOO_PRECISE,
                ContractError.PLAN_AMOUNT_TOO_LARGE));
        String note = ContractRules.clean(form.getNote());
        if (note != null && note.length() > PaymentPlan.NOTE_MAX) {
            problems.add(ContractProblem.of(ContractError.PLAN_NOTE_TOO_LONG, PaymentPlan.NOTE_MAX));
        }
        return problems;
    }

    /**
     * Checks a payment and returns the broken rules, at most one per field.
     *
     * @param today   the company's today; a payment cannot be received later
     * @param methods the codes of the enabled options of PAYMENT_METHOD, plus the payment's current one
     */
    public static List<ContractProblem> paymentProblems(PaymentForm form, String currency, LocalDate today,
                                                        Set<String> methods) {
        List<ContractProblem> problems = new ArrayList<>();
        if (form.getReceivedOn() == null) {
            problems.add(ContractProblem.of(ContractError.RECEIVED_ON_MISSING));
        } else if (form.getReceivedOn().isBefore(ContractRules.MIN_DATE)) {
            problems.add(ContractProblem.of(ContractError.RECEIVED_ON_TOO_EARLY, ContractRules.MIN_DATE.toString()));
        } else if (form.getReceivedOn().isAfter(today)) {
            problems.add(ContractProblem.of(ContractError.RECEIVED_ON_IN_FUTURE, today.toString()));
        }
        ContractRules.addIfBroken(problems, amountProblem(form.getAmount(), currency,
                ContractError.PAYMENT_AMOUNT_MISSING, ContractError.PAYMENT_AMOUNT_NOT_POSITIVE,
                ContractError.PAYMENT_AMOUNT_TOO_PRECISE, ContractError.PAYMENT_AMOUNT_TOO_LARGE));
        String method = ContractRules.clean(form.getMethod());
        if (method == null) {
            problems.add(ContractProblem.of(ContractError.METHOD_MISSING));
        } else if (!methods.contains(method)) {
            problems.add(ContractProblem.of(ContractError.METHOD_UNKNOWN, method));
        }
        String note = ContractRules.clean(form.getNote());
        if (note != null && note.length() > PaymentRecord.NOTE_MAX) {
            problems.add(ContractProblem.of(ContractError.PAYMENT_NOTE_TOO_LONG, PaymentRecord.NOTE_MAX));
        }
        return problems;
    }

    private static ContractProblem amountProblem(BigDecimal amount, String currency, ContractError missing,
                                                 ContractError notPositive, ContractError tooPrecise,
                                                 ContractError tooLarge) {
        Money.AmountProblem problem = Money.check(amount, currency, false);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case MISSING -> ContractProblem.of(missing);
            case NEGATIVE, NOT_POSITIVE -> ContractProblem.of(notPositive);
            case TOO_PRECISE -> ContractProblem.of(tooPrecise, currency, Money.decimalsOf(currency));
            case TOO_LARGE -> ContractProblem.of(tooLarge, Money.MAX_AMOUNT.toPlainString());
        };
    }
}
