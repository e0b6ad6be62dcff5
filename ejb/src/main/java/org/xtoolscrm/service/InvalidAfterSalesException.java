package org.xtoolscrm.service;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when a complaint or service record breaks one or more rules. It carries every
 * broken rule rather than a text, so the web layer shows each message next to its field
 * in the user's language. The exception message is for logs.
 */
@ApplicationException(rollback = true)
public class InvalidAfterSalesException extends RuntimeException {

    private final transient List<AfterSalesProblem> problems;

    public InvalidAfterSalesException(List<AfterSalesProblem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid record needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<AfterSalesProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /** Returns whether the given rule is among the broken ones. */
    public boolean has(AfterSalesError error) {
        return getProblems().stream().anyMatch(problem -> problem.error() == error);
    }
}
