package org.xtoolscrm.opportunity;

import java.util.List;

/**
 * One broken rule of an opportunity form: the error and the arguments of its message, in
 * the order the bundle text numbers them.
 */
public record OpportunityProblem(OpportunityError error, List<Object> arguments) {

    public OpportunityProblem {
        arguments = List.copyOf(arguments);
    }

    public static OpportunityProblem of(OpportunityError error, Object... arguments) {
        return new OpportunityProblem(error, List.of(arguments));
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return error.field();
    }
}
