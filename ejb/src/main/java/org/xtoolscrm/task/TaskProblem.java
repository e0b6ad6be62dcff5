package org.xtoolscrm.task;

import java.util.List;

/**
 * One broken rule of a task form: the error and the arguments of its message, in the
 * order the bundle text numbers them.
 */
public record TaskProblem(TaskError error, List<Object> arguments) {

    public TaskProblem {
        arguments = List.copyOf(arguments);
    }

    public static TaskProblem of(TaskError error, Object... arguments) {
        return new TaskProblem(error, List.of(arguments));
    }

    /** Returns the name of the form field at fault, or null when the form has no field for it. */
    public String field() {
        return error.field();
    }
}
