package org.xtoolscrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xtoolscrm.money.Money;

/**
 * The rules of an invoice's fields, in the contract's currency. They need no database; the
 * options of the list INVOICE_TYPE come in as an argument. The service adds the checks that
 * do: a free number, and payments of the same contract that no other invoice covers.
 *
 * <p>The number is unique in the whole company rather than per contract: the numbers come
 * from one sequence of the company's invoices (in China, from the tax authority's system), so
 * the same number on two contracts is a typing error or the same invoice recorded twice.
 */
public final class InvoiceRules {

    /** The characters of a number: a letter or digit first, then also . _ / # and -. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/#-]*");

    /** An example of a valid number, for the message of an invalid one. */
    public static final String NUMBER_HINT = "25442000000012345678";

    private InvoiceRules() {
    }

    /**
     * Checks the form and returns the broken rules, at most one per field, in the order of
     * the dialog's fields.
     *
     * @param today the company's today; an invoice cannot be dated later
     * @param types the codes of the enabled options of INVOICE_TYPE, plus the invoice's current one
     */
    public static List<ContractProblem> problems(InvoiceForm form, String currency, LocalDate today,
                                                 Set<String> types) {
        List<ContractProblem> problems = new ArrayList<>();
        String number = cleanNumber(form.getNumber());
        if (number == null) {
            problems.add(ContractProblem.of(ContractError.INVOICE_NUMBER_MISSING));
        } else if (number.length() > Invoice.NUMBER_MAX) {
            problems.add(ContractProblem.of(ContractError.INVOICE_NUMBER_TOO_LONG, Invoice.NUMBER_MAX));
        } else if (!NUMBER.matcher(number).matches()) {
            problems.add(ContractProblem.of(ContractError.INVOICE_NUMBER_INVALID, NUMBER_HINT));
        }
        LocalDate date = form.getInvoiceDate();
        if (date == null) {
            problems.add(ContractProblem.of(ContractError.INVOICE_DATE_MISSING));
        } else if (date.isBefore(ContractRules.MIN_DATE)) {
            problems.add(ContractProblem.of(ContractError.INVOICE_DATE_TOO_EARLY, ContractRules.MIN_DATE.toString()));
        } else if (date.isAfter(today)) {
            problems.add(ContractProblem.of(ContractError.INVOICE_DATE_IN_FUTURE, today.toString()));
        }
        String type = ContractRules.clean(form.getType());
        if (type == null) {
            problems.add(ContractProblem.of(ContractError.INVOICE_TYPE_MISSING));
        } else if (!types.contains(type)) {
            problems.add(ContractProblem.of(ContractError.INVOICE_TYPE_UNKNOWN, type));
        }
        ContractRules.addIfBroken(problems, amountProblem(form.getAmount(), currency));
        String note = ContractRules.clean(form.getNote());
        if (note != null && note.length() > Invoice.NOTE_MAX) {
            problems.add(ContractProblem.of(ContractError.INVOICE_NOTE_TOO_LONG, Invoice.NOTE_MAX));
        }
        return problems;
    }

    /** Returns the number stripped and in upper case, as it is stored, or null when it is blank. */
    public static String cleanNumber(String number) {
        String clean = ContractRules.clean(number);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    /**
     * Returns whether the payments an invoice covers add up to another amount than the
     * invoice's. An invoice that covers no payment yet, such as one issued before the money
     * came in, does not count as differing.
     */
    public static boolean paymentsDiffer(BigDecimal invoiceAmount, Collection<BigDecimal> paymentAmounts) {
        if (paymentAmounts.isEmpty()) {
            return false;
        }
        return sum(paymentAmounts).compareTo(invoiceAmount) != 0;
    }

    /** Returns the sum of the amounts, zero for none. */
    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static ContractProblem amountProblem(BigDecimal amount, String currency) {
        Money.AmountProblem problem = Money.check(amount, currency, false);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case MISSING -> ContractProblem.of(ContractError.INVOICE_AMOUNT_MISSING);
            case NEGATIVE, NOT_POSITIVE -> ContractProblem.of(ContractError.INVOICE_AMOUNT_NOT_POSITIVE);
            case TOO_PRECISE -> ContractProblem.of(ContractError.INVOICE_AMOUNT_TOO_PRECISE, currency,
                    Money.decimalsOf(currency));
            case TOO_LARGE -> ContractProblem.of(ContractError.INVOICE_AMOUNT_TOO_LARGE,
                    Money.MAX_AMOUNT.toPlainString());
        };
    }
}
