package org.xtoolscrm.report.daily;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The average of each figure over the users of a team shown in a report, or over all users
 * shown when {@code leadId} is null: counts to one decimal place, amounts to the cent.
 */
public record TeamAverage(Long leadId, String leadName, int users, Map<Figure, BigDecimal> averages)
        implements Serializable {

    public TeamAverage {
        averages = Map.copyOf(averages);
    }

    public BigDecimal average(Figure figure) {
        return averages.get(figure);
    }
}
