package org.xtoolscrm.report.daily;

import java.io.Serializable;
import java.time.LocalDate;

/** A user whose day could not be reported, with the reason the job gave. */
public record UserProblem(LocalDate date, long userId, String userName, String message) implements Serializable {
}
