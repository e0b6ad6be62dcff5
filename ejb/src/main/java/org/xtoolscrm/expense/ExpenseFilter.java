package org.xtoolscrm.expense;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The criteria of an expense list; null or blank means no filter. The customer name
 * matches from its start, so the customer name index serves it.
 *
 * @param status             only expenses in this status
 * @param filedById          only expenses this user filed
 * @param from               only expenses made on this day or later
 * @param to                 only expenses made on this day or earlier
 * @param customerNamePrefix only expenses on customers whose name starts with this text
 * @param typeCode           only expenses of this EXPENSE_TYPE option code
 * @param decidableOnly      only expenses whose filer the caller decides on, for the approval list
 */
public record ExpenseFilter(
        ExpenseStatus status,
        Long filedById,
        LocalDate from,
        LocalDate to,
        String customerNamePrefix,
        String typeCode,
        boolean decidableOnly) implements Serializable {

    public static ExpenseFilter none() {
        return new ExpenseFilter(null, null, null, null, null, null, false);
    }

    /** Returns the filter of the approval list: submitted expenses the caller decides on. */
    public static ExpenseFilter awaitingDecision() {
        return new ExpenseFilter(ExpenseStatus.SUBMITTED, null, null, null, null, null, true);
    }

    public ExpenseFilter withStatus(ExpenseStatus value) {
        return new ExpenseFilter(value, filedById, from, to, customerNamePrefix, typeCode, decidableOnly);
    }

    public ExpenseFilter withFiledBy(Long value) {
        return new ExpenseFilter(status, value, from, to, customerNamePrefix, typeCode, decidableOnly);
    }

    public ExpenseFilter withPeriod(LocalDate fromDate, LocalDate toDate) {
        return new ExpenseFilter(status, filedById, fromDate, toDate, customerNamePrefix, typeCode, decidableOnly);
    }

    public ExpenseFilter withCustomerName(String prefix) {
        return new ExpenseFilter(status, filedById, from, to, prefix, typeCode, decidableOnly);
    }

    public ExpenseFilter withType(String code) {
        return new ExpenseFilter(status, filedById, from, to, customerNamePrefix, code, decidableOnly);
    }

    public ExpenseFilter withDecidableOnly(boolean value) {
        return new ExpenseFilter(status, filedById, from, to, customerNamePrefix, typeCode, value);
    }
}
