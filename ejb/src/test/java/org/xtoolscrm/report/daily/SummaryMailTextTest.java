package org.xtoolscrm.report.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.report.TeamMember;

@DisplayName("Morning summary e-mail")
class SummaryMailTextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 19);

    private static DailyFigures figures(long userId, long activities, String received) {
        return new DailyFigures(userId, 1, 0, activities, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0, new BigDecimal(received), 0, BigDecimal.ZERO, 0, 0, 0, Map.of());
    }

    private static DailyReportSummary summary() {
        DailyReportArithmetic.Unranked chen = new DailyReportArithmetic.Unranked(new TeamMember(1, "Chen", 9, "Li"),
                figures(1, 5, "12500.00"), figures(1, 2, "0"), DailyFigures.none(1));
        DailyReportArithmetic.Unranked wu = new DailyReportArithmetic.Unranked(new TeamMember(2, "Wu", 9, "Li"),
                figures(2, 1, "0"), figures(2, 4, "1000.00"), DailyFigures.none(2));
        List<DailyReportLine> lines = DailyReportArithmetic.rank(List.of(chen, wu), Figure.ACTIVITIES);
        List<DailyFigures> all = lines.stream().map(DailyReportLine::figures).toList();
        TeamAverage team = new TeamAverage(9L, "Li", 2, DailyReportArithmetic.averages(all));
        return new DailyReportSummary(ReportPeriod.containing(PeriodKind.DAY, THURSDAY), Figure.ACTIVITIES, "CNY",
                lines, List.of(team), new TeamAverage(null, null, 2, DailyReportArithmetic.averages(all)),
                List.of("CALL"), List.of(new UserProblem(THURSDAY, 3, "Zhao", "An amount in JPY has no rate.")),
                List.of());
    }

    @Test
    @DisplayName("subject sums the day; each line shows figures with their change")
    void english() {
        SummaryMailText.Mail mail = SummaryMailText.render(summary(), Instant.parse("2026-03-19T16:10:00Z"), false,
                Locale.ENGLISH, SHANGHAI);
        assertEquals("Daily report 2026-03-19: 2 users, 6 activities, 12,500.00 CNY received", mail.subject());
        assertTrue(mail.text().contains("compared with the previous working day 2026-03-18"), mail.text());
        assertTrue(mail.text().contains("1 | Chen | Li | 5 (+3) | 1 | 0 | 0 | 0.00 | 12,500.00 (+12,500.00)"),
                mail.text());
        assertTrue(mail.text().contains("2 | Wu | Li | 1 (-3) | 1 | 0 | 0 | 0.00 | 0.00 (-1,000.00)"), mail.text());
        assertTrue(mail.text().contains("Team of Li (2) | 3.0 | 1.0 | 0.0 | 0.0 | 0.00 | 6,250.00"), mail.text());
        assertTrue(mail.text().contains("- Zhao: An amount in JPY has no rate."), mail.text());
        assertFalse(mail.text().contains("only the records made before"), "a final report says nothing of it");
    }

    @Test
    @DisplayName("a preliminary report says until when it counted, in the reader's language")
    void chinesePreliminary() {
        SummaryMailText.Mail mail = SummaryMailText.render(summary(), Instant.parse("2026-03-19T15:30:00Z"), true,
                Locale.SIMPLIFIED_CHINESE, SHANGHAI);
        assertEquals("营销日报 2026-03-19：2 位用户，6 条行动历史，回款 12,500.00 CNY", mail.subject());
        assertTrue(mail.text().contains("本报告只统计了 2026-03-19 23:30 之前的记录。"), mail.text());
    }

    @Test
    @DisplayName("a day without a run says so")
    void noRun() {
        SummaryMailText.Mail mail = SummaryMailText.render(summary(), null, false, Locale.ENGLISH, SHANGHAI);
        assertTrue(mail.text().contains("No daily report has been written for 2026-03-19."), mail.text());
    }
}
