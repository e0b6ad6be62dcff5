package org.xtoolscrm.contact;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Raised when a contact form breaks one or more rules. It carries every broken rule, so the
 * page marks all invalid fields at once, in the user's language. The exception message is for
 * logs: the error names and their arguments.
 */
@ApplicationException(rollback = true)
public class InvalidContactException extends RuntimeException {

    private final List<ContactProblem> problems;

    public InvalidContactException(List<ContactProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    /** Returns the broken rules in the order of the form's fields. */
    public List<ContactProblem> getProblems() {
        return problems;
    }

    /** Returns whether one of the problems is the given error. */
    public boolean has(ContactError error) {
        return problems.stream().anyMatch(problem -> problem.error() == error);
    }
}
