package org.xtoolscrm.report.daily;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the morning e-mail of a day's report as plain text in the reader's language: a
 * line per user with the main figures and their change against the previous working day,
 * the team averages, and the users without a report.
 */
public final class SummaryMailText {

    /** The figures the e-mail shows, in its column order. */
    static final List<Figure> FIGURES = List.of(Figure.ACTIVITIES, Figure.CUSTOMERS_CREATED,
            Figure.OPPORTUNITIES_CREATED, Figure.DEALS_WON, Figure.CONTRACT_AMOUNT, Figure.PAYMENT_AMOUNT);

    private static final String BUNDLE = "org.xtoolscrm.report.daily.SummaryMail";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SummaryMailText() {
    }

    /** The subject and the body of one e-mail. */
    public record Mail(String subject, String text) {
    }

    /**
     * Writes the e-mail of a day's report.
     *
     * @param dataUntil the instant up to which the day's run counted, or null when the day has no run
     * @param preliminary whether the run ended before the day did
     */
    public static Mail render(DailyReportSummary summary, Instant dataUntil, boolean preliminary, Locale locale,
                              ZoneId zone) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String date = summary.period().from().toString();
        BigDecimal activities = total(summary, Figure.ACTIVITIES);
        BigDecimal received = total(summary, Figure.PAYMENT_AMOUNT);
        String subject = format(texts, locale, "subject", date, summary.lines().size(), activities.toPlainString(),
                money(received), summary.currency());

        StringBuilder text = new StringBuilder();
        text.append(format(texts, locale, "heading", date, summary.period().previous().from().toString(),
                summary.currency())).append("\n");
        if (dataUntil == null) {
            text.append(format(texts, locale, "none", date)).append("\n");
        } else if (preliminary) {
            text.append(format(texts, locale, "preliminary", TIME.format(dataUntil.atZone(zone)))).append("\n");
        }
        text.append("\n").append(texts.getString("columns")).append("\n");
        for (DailyReportLine line : summary.lines()) {
            StringBuilder row = new StringBuilder();
            row.append(line.rank()).append(" | ").append(line.member().name()).append(" | ")
                    .append(line.member().leadName());
            for (Figure figure : FIGURES) {
                row.append(" | ").append(value(figure, line.value(figure)))
                        .append(change(figure, line.change(figure, Comparison.PREVIOUS)));
            }
            text.append(row).append("\n");
        }

        text.append("\n").append(texts.getString("averages")).append("\n");
        for (TeamAverage team : summary.teams()) {
            text.append(format(texts, locale, "team", team.leadName(), team.users())).append(averages(team))
                    .append("\n");
        }
        text.append(format(texts, locale, "overall", summary.overall().users())).append(averages(summary.overall()))
                .append("\n");

        if (!summary.problems().isEmpty()) {
            text.append("\n").append(texts.getString("problems")).append("\n");
            summary.problems().forEach(problem -> text.append("- ").append(problem.userName()).append(": ")
                    .append(problem.message()).append("\n"));
        }
        text.append("\n").append(texts.getString("footer")).append("\n");
        return new Mail(subject, text.toString());
    }

    private static String averages(TeamAverage average) {
        StringBuilder row = new StringBuilder();
        for (Figure figure : FIGURES) {
            BigDecimal value = average.average(figure);
            row.append(" | ").append(figure.isAmount() ? money(value) : value.toPlainString());
        }
        return row.toString();
    }

    private static BigDecimal total(DailyReportSummary summary, Figure figure) {
        return summary.lines().stream().map(line -> line.value(figure)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String value(Figure figure, BigDecimal value) {
        return figure.isAmount() ? money(value) : value.toPlainString();
    }

    /** Returns the change in brackets, such as " (+2)" or " (-1,000.00)", or nothing when there is none. */
    private static String change(Figure figure, BigDecimal change) {
        if (change.signum() == 0) {
            return "";
        }
        return " (" + (change.signum() > 0 ? "+" : "-") + value(figure, change.abs()) + ")";
    }

    private static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount);
    }

    private static String format(ResourceBundle texts, Locale locale, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
