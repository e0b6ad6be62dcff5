package org.xtoolscrm.opportunity.detail;

import java.util.List;

/**
 * One broken rule of a form: the error, the quote line it is on, and the arguments of its
 * message in the order the bundle text numbers them.
 *
 * @param line the index of the quote line at fault, from 0, or null for a field of the record itself
 */
public record DetailProblem(DetailError error, Integer line, List<Object> arguments) {

    public DetailProblem {
        arguments = List.copyOf(arguments);
    }

    public static DetailProblem of(DetailError error, Object... arguments) {
        return new DetailProblem(error, null, List.of(arguments));
    }

    public static DetailProblem ofLine(int line, DetailError error, Object... arguments) {
        return new DetailProblem(error, line, List.of(arguments));
    }

    /** Returns the name of the form field at fault, or null when the form has no field for it. */
    public String field() {
        return error.field();
    }
}
