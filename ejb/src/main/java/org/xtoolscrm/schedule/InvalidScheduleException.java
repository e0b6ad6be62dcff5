package org.xtoolscrm.schedule;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when a schedule breaks one or more rules. It carries every problem found, each
 * with its {@link ScheduleError} and message arguments rather than a text, so the web
 * layer shows each message in the user's language next to its field. The exception
 * message is for logs.
 */
@ApplicationException(rollback = true)
public class InvalidScheduleException extends RuntimeException {

    private final List<ScheduleProblem> problems;

    public InvalidScheduleException(List<ScheduleProblem> problems) {
        super("Invalid schedule: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidScheduleException(ScheduleError error, Object... arguments) {
        this(List.of(new ScheduleProblem(error, arguments)));
    }

    public List<ScheduleProblem> getProblems() {
        return problems;
    }
}
