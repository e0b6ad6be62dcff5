package org.xtoolscrm.expense;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when an expense change breaks one or more rules. It carries every broken rule
 * rather than a text, so the web layer shows each message in the user's language next
 * to its field. The exception message is for logs.
 */
@ApplicationException(rollback = true)
public class InvalidExpenseException extends RuntimeException {

    private final List<ExpenseProblem> problems;

    public InvalidExpenseException(ExpenseError error, Object... arguments) {
        this(List.of(new ExpenseProblem(error, arguments)));
    }

    public InvalidExpenseException(List<ExpenseProblem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid expense needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ExpenseProblem> getProblems() {
        return problems;
    }

    /** Returns the first problem, the one to show when only one message fits. */
    public ExpenseProblem getFirst() {
        return problems.get(0);
    }
}
