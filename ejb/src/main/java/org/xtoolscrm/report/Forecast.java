package org.xtoolscrm.report;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The sales forecast: expected against won amounts per period, per user, per team and in
 * total, over the deals the caller may see.
 *
 * @param currency    the company currency all amounts are in
 * @param users       one line per user with deals, by team and name
 * @param teams       one line per team: a Manager and everyone below them, or a Boss and the
 *                    salespeople who report to them directly
 * @param unconverted currencies without a rate, whose amounts are left out of every sum
 */
public record Forecast(String currency, List<ForecastPeriod> periods, List<ForecastLine> users,
                       List<ForecastLine> teams, ForecastLine total, Set<String> unconverted) implements Serializable {

    public Forecast {
        periods = List.copyOf(periods);
        users = List.copyOf(users);
        teams = List.copyOf(teams);
        unconverted = Set.copyOf(unconverted);
    }
}
