package org.xtoolscrm.contract;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when a contract, payment plan or payment breaks one or more rules. It carries
 * every broken rule rather than a text, so the web layer shows each message next to its
 * field in the user's language. The exception message is for logs.
 */
@ApplicationException(rollback = true)
public class InvalidContractException extends RuntimeException {

    private final transient List<ContractProblem> problems;

    public InvalidContractException(List<ContractProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidContractException(ContractError error, Object... arguments) {
        this(List.of(ContractProblem.of(error, arguments)));
    }

    public List<ContractProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /** Returns whether the given rule is among the broken ones. */
    public boolean has(ContractError error) {
        return getProblems().stream().anyMatch(problem -> problem.error() == error);
    }
}
