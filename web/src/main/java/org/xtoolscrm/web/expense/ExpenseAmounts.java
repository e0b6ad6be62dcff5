package org.xtoolscrm.web.expense;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.xtoolscrm.expense.ExpenseRules;
import org.xtoolscrm.expense.ExpenseStatus;
import org.xtoolscrm.expense.ExpenseTotal;
import org.xtoolscrm.web.Formats;

/**
 * Totals of expenses as pages show them: per status, each currency's sum with its
 * code, such as "1,200.00 CNY · 35.50 USD". Amounts in different currencies are never
 * added up.
 */
public final class ExpenseAmounts implements Serializable {

    private final ExpenseStatus status;
    private final long count;
    private final String amounts;

    private ExpenseAmounts(ExpenseStatus status, long count, String amounts) {
        this.status = status;
        this.count = count;
        this.amounts = amounts;
    }

    /** Returns one line per status, in the order of {@link ExpenseStatus}, with zero for a status without expenses. */
    static List<ExpenseAmounts> byStatus(List<ExpenseTotal> totals, Formats formats) {
        List<ExpenseAmounts> lines = new ArrayList<>();
        for (ExpenseStatus status : ExpenseStatus.values()) {
            List<ExpenseTotal> ofStatus = totals.stream().filter(total -> total.status() == status).toList();
            long count = ofStatus.stream().mapToLong(ExpenseTotal::count).sum();
            lines.add(new ExpenseAmounts(status, count, format(ofStatus, formats)));
        }
        return lines;
    }

    /** Formats the sums of the given totals per currency, or zero in the default currency when there are none. */
    static String format(List<ExpenseTotal> totals, Formats formats) {
        if (totals.isEmpty()) {
            return formats.money(BigDecimal.ZERO) + " " + ExpenseRules.DEFAULT_CURRENCY;
        }
        Map<String, BigDecimal> sums = new TreeMap<>(ExpenseAmounts::defaultFirst);
        for (ExpenseTotal total : totals) {
            sums.merge(total.currency(), total.amount(), BigDecimal::add);
        }
        return sums.entrySet().stream()
                .map(entry -> formats.money(entry.getValue()) + " " + entry.getKey())
                .collect(Collectors.joining(" · "));
    }

    private static int defaultFirst(String left, String right) {
        boolean leftDefault = ExpenseRules.DEFAULT_CURRENCY.equals(left);
        boolean rightDefault = ExpenseRules.DEFAULT_CURRENCY.equals(right);
        if (leftDefault != rightDefault) {
            return leftDefault ? -1 : 1;
        }
        return left.compareTo(right);
    }

    public ExpenseStatus getStatus() {
        return status;
    }

    public long getCount() {
        return count;
    }

    public String getAmounts() {
        return amounts;
    }
}
