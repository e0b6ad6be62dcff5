package org.xtoolscrm.activity;

import java.util.List;

/**
 * One broken rule of an activity form: the error and the arguments of its message, in
 * the order the bundle text numbers them.
 */
public record ActivityProblem(ActivityError error, List<Object> arguments) {

    public ActivityProblem {
        arguments = List.copyOf(arguments);
    }

    public static ActivityProblem of(ActivityError error, Object... arguments) {
        return new ActivityProblem(error, List.of(arguments));
    }

    /** Returns the name of the form field at fault, or null when the form has no field for it. */
    public String field() {
        return error.field();
    }
}
