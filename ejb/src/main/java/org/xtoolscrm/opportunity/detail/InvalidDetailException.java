package org.xtoolscrm.opportunity.detail;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when a requirement, solution, quote or competitor breaks one or more rules. It
 * carries every broken rule rather than a text, so the web layer shows each message next
 * to its field in the user's language. The exception message is for logs: the error
 * names, lines and arguments.
 */
@ApplicationException(rollback = true)
public class InvalidDetailException extends RuntimeException {

    private final transient List<DetailProblem> problems;

    public InvalidDetailException(List<DetailProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidDetailException(DetailError error, Object... arguments) {
        this(List.of(DetailProblem.of(error, arguments)));
    }

    public List<DetailProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /** Returns whether the given rule is among the broken ones. */
    public boolean has(DetailError error) {
        return getProblems().stream().anyMatch(problem -> problem.error() == error);
    }
}
