package org.xtoolscrm.report.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.report.TeamMember;

@DisplayName("Daily report ranking and averages")
class DailyReportArithmeticTest {

    private static DailyFigures figures(long userId, long activities, String payments) {
        return new DailyFigures(userId, 0, 0, activities, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0, new BigDecimal(payments), 0, BigDecimal.ZERO, 0, 0, 0, Map.of());
    }

    private static DailyReportArithmetic.Unranked user(long id, String name, long activities, String payments,
                                                      long previousActivities) {
        return new DailyReportArithmetic.Unranked(new TeamMember(id, name, 1, "Lead"), figures(id, activities, payments),
                figures(id, previousActivities, "0"), DailyFigures.none(id));
    }

    @Test
    @DisplayName("users rank by the figure, equal values share a rank and the next skips")
    void rank() {
        List<DailyReportLine> lines = DailyReportArithmetic.rank(List.of(user(1, "Chen", 4, "0", 1),
                user(2, "Bai", 7, "0", 9), user(3, "An", 4, "0", 0), user(4, "Du", 2, "0", 2)), Figure.ACTIVITIES);
        assertEquals(List.of("Bai", "An", "Chen", "Du"), lines.stream().map(line -> line.member().name()).toList());
        assertEquals(List.of(1, 2, 2, 4), lines.stream().map(DailyReportLine::rank).toList());
        assertEquals(new BigDecimal("-2"), lines.get(0).change(Figure.ACTIVITIES, Comparison.PREVIOUS));
        assertEquals(new BigDecimal("7"), lines.get(0).change(Figure.ACTIVITIES, Comparison.CYCLE_BACK));
    }

    @Test
    @DisplayName("ranking by an amount compares the amounts")
    void rankByAmount() {
        List<DailyReportLine> lines = DailyReportArithmetic.rank(List.of(user(1, "Chen", 9, "100.00", 0),
                user(2, "Bai", 1, "2500.50", 0)), Figure.PAYMENT_AMOUNT);
        assertEquals(List.of(2L, 1L), lines.stream().map(line -> line.member().userId()).toList());
    }

    @Test
    @DisplayName("averages round counts to one place and amounts to the cent, half to even")
    void averages() {
        Map<Figure, BigDecimal> averages = DailyReportArithmetic.averages(List.of(figures(1, 4, "0.01"),
                figures(2, 7, "0.02"), figures(3, 4, "0.02"), figures(4, 2, "0.00")));
        assertEquals(new BigDecimal("4.2"), averages.get(Figure.ACTIVITIES), "17 / 4 = 4.25");
        assertEquals(new BigDecimal("0.01"), averages.get(Figure.PAYMENT_AMOUNT), "0.05 / 4 = 0.0125");
        assertEquals(new BigDecimal("0.0"), averages.get(Figure.LOGINS));
        assertEquals(new BigDecimal("0.0"), DailyReportArithmetic.averages(List.of()).get(Figure.ACTIVITIES));
    }
}
