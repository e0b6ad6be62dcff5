package org.xtoolscrm.expense;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One broken rule of an expense: the error and the arguments of its message, in the
 * order the bundle text numbers them.
 */
public record ExpenseProblem(ExpenseError error, Object... arguments) implements Serializable {

    public ExpenseProblem {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Returns the name of the form field at fault, or null when the problem concerns the whole expense. */
    public String field() {
        return error.field();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExpenseProblem problem && problem.error == error
                && Arrays.equals(problem.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return 31 * error.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return arguments.length == 0 ? error.name() : error.name() + " " + Arrays.toString(arguments);
    }
}
