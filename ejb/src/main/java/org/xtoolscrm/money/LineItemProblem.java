package org.xtoolscrm.money;

import java.util.List;

/**
 * One broken rule of a line item.
 *
 * @param line      the index of the line in the form, from 0, blank lines counted
 * @param arguments the arguments of the message, in the order that {@link LineItemError} documents
 */
public record LineItemProblem(int line, LineItemError error, List<Object> arguments) {

    public LineItemProblem {
        arguments = List.copyOf(arguments);
    }

    public static LineItemProblem of(int line, LineItemError error, Object... arguments) {
        return new LineItemProblem(line, error, List.of(arguments));
    }
}
