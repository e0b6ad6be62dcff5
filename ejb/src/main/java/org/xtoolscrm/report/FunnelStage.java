package org.xtoolscrm.report;

import java.io.Serializable;
import java.math.BigDecimal;
import org.xtoolscrm.opportunity.Stage;

/**
 * One row of the funnel: the deals now in a stage, and how many of the covered deals
 * ever reached it.
 *
 * @param amount        the deals' amount in the company currency, rounded to the cent
 * @param weighted      the amount times the stage's win probability, rounded to the cent
 * @param shareOfCount  the row's count in percent of the open deals' count, one decimal; null for closed stages
 * @param shareOfAmount the row's amount in percent of the open deals' amount, one decimal; null for closed stages
 * @param reached       the covered deals whose stage history reached this stage or a later one
 * @param conversion    the percentage of {@code reached} that went on to the next stage, one
 *                      decimal; null for the last row and when nothing reached this stage
 */
public record FunnelStage(Stage stage, long count, BigDecimal amount, BigDecimal weighted, BigDecimal shareOfCount,
                          BigDecimal shareOfAmount, long reached, BigDecimal conversion) implements Serializable {
}
