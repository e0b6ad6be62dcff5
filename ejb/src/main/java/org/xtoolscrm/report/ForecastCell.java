package org.xtoolscrm.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One period of one line of the forecast, in the company currency, rounded to the cent.
 *
 * @param expected the open and won deals expected to sign in the period, each weighted by its
 *                 stage's win probability (won deals at 100%)
 * @param won      the deals won in the period, by the day they were won
 */
public record ForecastCell(BigDecimal expected, BigDecimal won) implements Serializable {
}
