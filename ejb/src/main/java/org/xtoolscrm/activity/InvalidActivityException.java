package org.xtoolscrm.activity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when an activity breaks one or more rules. It carries every broken rule of the
 * form rather than a text, so the web layer shows each message next to its field in the
 * user's language. The exception message is for logs: the error names and arguments.
 */
@ApplicationException(rollback = true)
public class InvalidActivityException extends RuntimeException {

    private final transient List<ActivityProblem> problems;

    public InvalidActivityException(List<ActivityProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ActivityProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /** Returns whether the given rule is among the broken ones. */
    public boolean has(ActivityError error) {
        return getProblems().stream().anyMatch(problem -> problem.error() == error);
    }
}
