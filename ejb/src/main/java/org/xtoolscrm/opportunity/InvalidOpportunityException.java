package org.xtoolscrm.opportunity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when an opportunity breaks one or more rules. It carries every broken rule rather
 * than a text, so the web layer shows each message next to its field in the user's
 * language. The exception message is for logs: the error names and arguments.
 */
@ApplicationException(rollback = true)
public class InvalidOpportunityException extends RuntimeException {

    private final transient List<OpportunityProblem> problems;

    public InvalidOpportunityException(List<OpportunityProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidOpportunityException(OpportunityError error, Object... arguments) {
        this(List.of(OpportunityProblem.of(error, arguments)));
    }

    public List<OpportunityProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /** Returns whether the given rule is among the broken ones. */
    public boolean has(OpportunityError error) {
        return getProblems().stream().anyMatch(problem -> problem.error() == error);
    }
}
