package org.xtoolscrm.expense;

import jakarta.ejb.ApplicationException;

/** Raised when an expense was changed or decided by someone else since the caller opened it. */
@ApplicationException(rollback = true)
public class StaleExpenseException extends RuntimeException {

    public StaleExpenseException(long expenseId) {
        super("Expense " + expenseId + " was changed by someone else since it was opened");
    }
}
