package org.xtoolscrm.expense;

import java.io.Serializable;

/**
 * An expense as a list showed it: its id and the version the caller saw, so a decision
 * never applies to an expense that changed since.
 *
 * @param version the version shown, or null to decide on the expense as it is now
 */
public record ExpenseKey(long id, Integer version) implements Serializable {
}
