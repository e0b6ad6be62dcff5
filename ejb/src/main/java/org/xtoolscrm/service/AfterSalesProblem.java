package org.xtoolscrm.service;

import java.io.Serializable;
import java.util.List;

/**
 * One broken rule of a complaint or service record form: the error and the arguments of
 * its message, in the order the bundle text numbers them.
 */
public record AfterSalesProblem(AfterSalesError error, List<Object> arguments) implements Serializable {

    public AfterSalesProblem {
        arguments = List.copyOf(arguments);
    }

    public static AfterSalesProblem of(AfterSalesError error, Object... arguments) {
        return new AfterSalesProblem(error, List.of(arguments));
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return error.field();
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? error.name() : error.name() + " " + arguments;
    }
}
