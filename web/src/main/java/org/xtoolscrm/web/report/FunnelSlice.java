package org.xtoolscrm.web.report;

import java.io.Serializable;
import org.xtoolscrm.report.FunnelStage;

/**
 * One stage of the funnel chart: a trapezoid whose top edge is as wide as the stage's value
 * and whose bottom edge meets the next stage, in a 100 by 100 drawing scaled to the page.
 *
 * @param points the polygon's points in SVG syntax
 * @param labelY the vertical middle of the slice, for its label
 */
public record FunnelSlice(FunnelStage row, String points, double labelY) implements Serializable {
}
