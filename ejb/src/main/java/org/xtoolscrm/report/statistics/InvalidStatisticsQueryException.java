package org.xtoolscrm.report.statistics;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** Raised when a statistics query breaks a rule; it lists every problem, not only the first. */
@ApplicationException
public class InvalidStatisticsQueryException extends RuntimeException {

    private final List<StatisticsProblem> problems;

    public InvalidStatisticsQueryException(List<StatisticsProblem> problems) {
        super("Invalid statistics query: " + problems.stream()
                .map(problem -> problem.position() + " " + problem.field() + " " + problem.error())
                .collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<StatisticsProblem> getProblems() {
        return problems;
    }
}
