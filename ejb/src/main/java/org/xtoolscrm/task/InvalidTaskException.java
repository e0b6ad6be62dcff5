package org.xtoolscrm.task;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when a task breaks one or more rules. It carries every broken rule of the form
 * rather than a text, so the web layer shows each message next to its field in the
 * user's language. The exception message is for logs: the error names and arguments.
 */
@ApplicationException(rollback = true)
public class InvalidTaskException extends RuntimeException {

    private final transient List<TaskProblem> problems;

    public InvalidTaskException(List<TaskProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidTaskException(TaskError error, Object... arguments) {
        this(List.of(TaskProblem.of(error, arguments)));
    }

    public List<TaskProblem> getProblems() {
        return problems == null ? List.of() : problems;
    }

    /** Returns whether the given rule is among the broken ones. */
    public boolean has(TaskError error) {
        return getProblems().stream().anyMatch(problem -> problem.error() == error);
    }
}
