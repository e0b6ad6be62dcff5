package org.xtoolscrm.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the performance ranking, in the company currency: a user, or a team with
 * its lead as {@code member}.
 *
 * @param rank           1 for the most payments received; equal amounts share a rank
 * @param received       the payments the user handled, or the team's users handled
 * @param contractCount  the contracts signed
 * @param contractAmount their amounts
 */
public record RankingRow(int rank, TeamMember member, BigDecimal received, long contractCount,
                         BigDecimal contractAmount) implements Serializable {
}
