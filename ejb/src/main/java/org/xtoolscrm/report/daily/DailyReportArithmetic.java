package org.xtoolscrm.report.daily;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xtoolscrm.report.TeamMember;

/**
 * Ranks the users of a report and averages their figures. Users rank by one figure, the
 * highest first. Equal values share a rank, and the next rank skips as many places
 * (1, 1, 3). Users of equal rank are listed by name.
 */
public final class DailyReportArithmetic {

    private static final int COUNT_SCALE = 1;
    private static final int AMOUNT_SCALE = 2;

    private DailyReportArithmetic() {
    }

    /** A user's figures before ranking. */
    public record Unranked(TeamMember member, DailyFigures figures, DailyFigures previous, DailyFigures cycleBack) {
    }

    /** Returns the lines ranked by the figure. */
    public static List<DailyReportLine> rank(Collection<Unranked> users, Figure by) {
        List<Unranked> sorted = new ArrayList<>(users);
        sorted.sort(Comparator.comparing((Unranked user) -> by.of(user.figures())).reversed()
                .thenComparing(user -> user.member().name()).thenComparing(user -> user.member().userId()));
        List<DailyReportLine> lines = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Unranked user = sorted.get(i);
            boolean tied = i > 0 && by.of(user.figures()).compareTo(by.of(sorted.get(i - 1).figures())) == 0;
            int rank = tied ? lines.get(i - 1).rank() : i + 1;
            lines.add(new DailyReportLine(rank, user.member(), user.figures(), user.previous(), user.cycleBack()));
        }
        return lines;
    }

    /**
     * Returns the average of each figure over the users. Counts are rounded half-even to one
     * decimal place and amounts to the cent. Without users every average is zero.
     */
    public static Map<Figure, BigDecimal> averages(Collection<DailyFigures> users) {
        Map<Figure, BigDecimal> averages = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            BigDecimal sum = users.stream().map(figure::of).reduce(BigDecimal.ZERO, BigDecimal::add);
            int scale = figure.isAmount() ? AMOUNT_SCALE : COUNT_SCALE;
            averages.put(figure, users.isEmpty() ? BigDecimal.ZERO.setScale(scale)
                    : sum.divide(BigDecimal.valueOf(users.size()), scale, RoundingMode.HALF_EVEN));
        }
        return averages;
    }
}
