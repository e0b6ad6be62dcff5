package org.xtoolscrm.report.daily;

import java.io.Serializable;
import java.math.BigDecimal;
import org.xtoolscrm.report.TeamMember;

/**
 * One user's line of a daily, weekly or monthly report: the figures of the period, its rank
 * by the figure the report ranks by, and the figures of the two periods it is compared with
 * (zero where that period has no report rows for the user).
 */
public record DailyReportLine(int rank, TeamMember member, DailyFigures figures, DailyFigures previous,
                              DailyFigures cycleBack) implements Serializable {

    /** Returns the figure's value in the period. */
    public BigDecimal value(Figure figure) {
        return figure.of(figures);
    }

    /** Returns how much the figure rose (positive) or fell (negative) against the compared period. */
    public BigDecimal change(Figure figure, Comparison comparison) {
        DailyFigures base = comparison == Comparison.PREVIOUS ? previous : cycleBack;
        return figure.of(figures).subtract(figure.of(base));
    }
}
