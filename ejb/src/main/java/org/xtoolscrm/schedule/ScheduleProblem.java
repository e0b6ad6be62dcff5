package org.xtoolscrm.schedule;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One broken rule of a schedule, with the arguments of its message.
 *
 * @param error     the rule
 * @param arguments the values the message names, in the order the bundle text numbers them
 */
public record ScheduleProblem(ScheduleError error, Object... arguments) implements Serializable {

    public ScheduleProblem {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return error.field();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleProblem problem && problem.error == error
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
