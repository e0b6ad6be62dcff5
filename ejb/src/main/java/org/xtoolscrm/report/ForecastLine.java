package org.xtoolscrm.report;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the forecast: a user, a team or the total, with a cell per period.
 *
 * @param userId the user, or the team's lead for a team line; null for the total
 * @param name   the user's or the team lead's display name; null for the total
 * @param team   the display name of the team the user belongs to; for a team line, its own name
 */
public record ForecastLine(Long userId, String name, String team, List<ForecastCell> cells) implements Serializable {

    public ForecastLine {
        cells = List.copyOf(cells);
    }
}
