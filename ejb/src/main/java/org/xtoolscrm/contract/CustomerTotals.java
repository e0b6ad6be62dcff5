package org.xtoolscrm.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The money of one customer in the company currency, from the contracts that are
 * executing or completed: drafts are not signed, and a terminated contract is owed
 * no more.
 *
 * @param contractAmount the contracts' amounts
 * @param received       the payments on them
 * @param outstanding    per contract the amount less its payments, never below zero, summed
 * @param overdue        the open part of the instalments whose due date has passed
 * @param overdueCount   how many instalments are overdue
 * @param unconverted    currencies without a rate, whose amounts are left out
 */
public record CustomerTotals(BigDecimal contractAmount, BigDecimal received, BigDecimal outstanding,
                             BigDecimal overdue, long overdueCount, String currency, Set<String> unconverted)
        implements Serializable {

    public CustomerTotals {
        unconverted = Set.copyOf(unconverted);
    }
}
