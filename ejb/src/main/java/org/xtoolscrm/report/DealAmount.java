package org.xtoolscrm.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The amount of one owner's deals in one stage and currency on one day, as the database
 * sums them for the forecast.
 *
 * @param stage the stage code, or null where the stage does not matter
 * @param day   the expected signing date, or the day the deals were won
 */
public record DealAmount(Long ownerId, String stage, String currency, LocalDate day, BigDecimal amount) {
}
