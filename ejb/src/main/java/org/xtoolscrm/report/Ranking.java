package org.xtoolscrm.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Payments received and contracts signed in a period, per user and per team, ranked by the
 * payments received, in the company currency.
 *
 * @param users       one row per user, best first
 * @param teams       one row per team, best first, its member being the team lead
 * @param unconverted currencies without a rate, whose amounts are left out
 */
public record Ranking(LocalDate from, LocalDate to, String currency, List<RankingRow> users, List<RankingRow> teams,
                      BigDecimal received, long contractCount, BigDecimal contractAmount, Set<String> unconverted)
        implements Serializable {

    public Ranking {
        users = List.copyOf(users);
        teams = List.copyOf(teams);
        unconverted = Set.copyOf(unconverted);
    }
}
