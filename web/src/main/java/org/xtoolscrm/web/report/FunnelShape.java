package org.xtoolscrm.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xtoolscrm.report.FunnelStage;

/**
 * Draws the funnel: stages from top to bottom, each a centred trapezoid whose top edge is as
 * wide as the stage's count or amount. A slice narrows into the next one when the next is
 * narrower, so a funnel-shaped pipeline draws as one funnel. Otherwise it narrows only a
 * little, so a wider stage further down still shows as wider. A stage with nothing keeps a
 * sliver, so every stage can still be clicked.
 */
final class FunnelShape {

    /** The drawing is 100 units wide and {@value #SLICE_HEIGHT} units high per stage. */
    static final double SLICE_HEIGHT = 20;
    private static final double MIN_WIDTH = 4;
    private static final double GAP = 1;
    /** How much a slice narrows at least from its top to its bottom edge. */
    private static final double TAPER = 0.9;

    private FunnelShape() {
    }

    static List<FunnelSlice> slices(List<FunnelStage> rows, boolean byAmount) {
        double max = rows.stream().mapToDouble(row -> value(row, byAmount)).max().orElse(0);
        List<Double> widths = rows.stream()
                .map(row -> max == 0 ? MIN_WIDTH : Math.max(MIN_WIDTH, value(row, byAmount) / max * 100))
                .toList();
        List<FunnelSlice> slices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double top = widths.get(i);
            double next = i + 1 < widths.size() ? widths.get(i + 1) : top;
            double bottom = Math.min(next, top * TAPER);
            double y = i * SLICE_HEIGHT;
            double y2 = y + SLICE_HEIGHT - GAP;
            String points = String.format(Locale.ROOT, "%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f",
                    50 - top / 2, y, 50 + top / 2, y, 50 + bottom / 2, y2, 50 - bottom / 2, y2);
            slices.add(new FunnelSlice(rows.get(i), points, y + (SLICE_HEIGHT - GAP) / 2));
        }
        return slices;
    }

    private static double value(FunnelStage row, boolean byAmount) {
        return byAmount ? row.amount().doubleValue() : BigDecimal.valueOf(row.count()).doubleValue();
    }
}
