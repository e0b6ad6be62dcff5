package org.xtoolscrm.contract;

import java.util.List;

/**
 * One broken rule of a contract, payment plan or payment form: the error and the
 * arguments of its message, in the order the bundle text numbers them.
 */
public record ContractProblem(ContractError error, List<Object> arguments) {

    public ContractProblem {
        arguments = List.copyOf(arguments);
    }

    public static ContractProblem of(ContractError error, Object... arguments) {
        return new ContractProblem(error, List.of(arguments));
    }

    /** Returns the name of the form field at fault. */
    public String field() {
        return error.field();
    }
}
