package org.xtoolscrm.web.report.daily;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.daily.Comparison;
import org.xtoolscrm.report.daily.DailyReportLine;
import org.xtoolscrm.report.daily.DailyReportRun;
import org.xtoolscrm.report.daily.DailyReportService;
import org.xtoolscrm.report.daily.DailyReportSummary;
import org.xtoolscrm.report.daily.Figure;
import org.xtoolscrm.report.daily.MorningSummary;
import org.xtoolscrm.report.daily.PeriodKind;
import org.xtoolscrm.report.daily.ReportPeriod;
import org.xtoolscrm.report.daily.TeamAverage;
import org.xtoolscrm.report.daily.job.DailyReportJobs;
import org.xtoolscrm.report.daily.job.DailyReportRefusedException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;

/**
 * Backs report/daily.xhtml: the daily report of a day, or the weekly or monthly summary.
 * It shows one line per user the caller may see, ranked by a chosen figure and compared
 * with the previous period or the same one a cycle back, with team averages and a chart.
 */
@Named
@ViewScoped
public class DailyReportView implements Serializable {

    /** The number of users the chart draws, the best first; the table lists every user. */
    static final int CHART_USERS = 20;

    private static final Logger LOG = Logger.getLogger(DailyReportView.class.getName());

    @EJB
    private DailyReportService reports;

    @EJB
    private DailyReportJobs jobs;

    @EJB
    private MorningSummary morningSummary;

    @Inject
    private Formats formats;

    private PeriodKind kind = PeriodKind.DAY;
    private LocalDate date;
    private String kindParameter;
    private String dateParameter;
    private Figure rankBy = Figure.ACTIVITIES;
    private Comparison comparison = Comparison.PREVIOUS;
    private DailyReportSummary summary;

    /**
     * Opens the page from its address. A kind or date that does not parse is named in a
     * warning, and the day report of yesterday is shown instead.
     */
    public void open() {
        for (String value : new String[] {kindParameter, dateParameter}) {
            if (value != null && !value.isBlank() && AddressParameters.constant(PeriodKind.class, value).isEmpty()
                    && AddressParameters.date(value).isEmpty()) {
                Texts.warn("report.daily.message.invalidAddress", value);
            }
        }
        kind = AddressParameters.constant(PeriodKind.class, kindParameter).orElse(PeriodKind.DAY);
        date = AddressParameters.date(dateParameter).orElse(null);
        load();
    }

    /** Loads the report of the chosen period; yesterday, the last whole day, when none is chosen. */
    public void load() {
        LocalDate today = CompanyCalendar.current().today();
        if (date == null || date.isAfter(today)) {
            date = today.minusDays(1);
        }
        summary = reports.summary(ReportPeriod.containing(kind, date), rankBy);
    }

    /** Moves to the day, week or month before; a day steps back one calendar day. */
    public void previousPeriod() {
        ReportPeriod period = summary.period();
        date = kind == PeriodKind.DAY ? period.from().minusDays(1) : period.previous().from();
        load();
    }

    public void nextPeriod() {
        date = summary.period().next().from();
        load();
    }

    /** Returns whether a later period has begun, so moving forward shows something. */
    public boolean isNextAvailable() {
        return !summary.period().next().from().isAfter(CompanyCalendar.current().today());
    }

    /** Writes the day's report again, for a Boss. */
    public void runAgain() {
        try {
            long execution = jobs.run(summary.period().from());
            Texts.info("report.daily.message.started", summary.period().from().toString(), execution);
        } catch (DailyReportRefusedException e) {
            Texts.errorText(e.getMessage());
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "The daily report for " + summary.period().from() + " could not be started", e);
            Texts.error("report.daily.message.notStarted");
        }
    }

    /** Goes on with the day's failed run from its last checkpoint, for a Boss. */
    public void resume() {
        try {
            long execution = jobs.resume(summary.period().from());
            Texts.info("report.daily.message.resumed", summary.period().from().toString(), execution);
        } catch (DailyReportRefusedException e) {
            Texts.errorText(e.getMessage());
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "The daily report for " + summary.period().from() + " could not be resumed", e);
            Texts.error("report.daily.message.notStarted");
        }
    }

    /** Mails the day shown to the Bosses and Managers, as the morning summary does, for a Boss. */
    public void mailReport() {
        MorningSummary.Mailing mailing = morningSummary.send(summary.period().from());
        if (!mailing.mailOn()) {
            Texts.warn("report.daily.message.mailOff");
        } else {
            Texts.info("report.daily.message.mailed", mailing.sent(), mailing.failed(), mailing.withoutAddress());
        }
    }

    /** Returns the run of the day shown, or null when the day has none or a week or month is shown. */
    public DailyReportRun getRun() {
        return kind == PeriodKind.DAY && !summary.runs().isEmpty() ? summary.runs().get(0) : null;
    }

    /** Returns whether the day's report was written before the day ended, so later records are missing. */
    public boolean isPreliminary() {
        DailyReportRun run = getRun();
        if (run == null || run.getDataUntil() == null) {
            return false;
        }
        Instant dayEnd = summary.period().to().plusDays(1).atStartOfDay(CompanyCalendar.current().zone()).toInstant();
        return run.getDataUntil().isBefore(dayEnd);
    }

    /** Returns how many days of the period have been reported, for a week or a month. */
    public long getReportedDays() {
        return summary.runs().stream().filter(run -> "COMPLETED".equals(run.getStatus())).count();
    }

    public long getDaysInPeriod() {
        return summary.period().to().toEpochDay() - summary.period().from().toEpochDay() + 1;
    }

    /** Returns the change of a figure against the chosen comparison, signed, or an empty text for none. */
    public String change(DailyReportLine line, Figure figure) {
        BigDecimal change = line.change(figure, comparison);
        if (change.signum() == 0) {
            return "";
        }
        String value = figure.isAmount() ? formats.money(change.abs()) : change.abs().toPlainString();
        return (change.signum() > 0 ? "+" : "−") + value;
    }

    /** Returns the style of a change: up, down or none. */
    public String changeStyle(DailyReportLine line, Figure figure) {
        int sign = line.change(figure, comparison).signum();
        if (sign > 0) {
            return "crm-change-up";
        }
        if (sign < 0) {
            return "crm-change-down";
        }
        return "crm-change-none";
    }

    /** Returns the period compared with, as shown in the header. */
    public ReportPeriod getComparedPeriod() {
        return comparison == Comparison.PREVIOUS ? summary.period().previous() : summary.period().cycleBack();
    }

    /** Returns the chart: the ranked figure per user, this period beside the compared one. */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder current = Json.createArrayBuilder();
        JsonArrayBuilder compared = Json.createArrayBuilder();
        List<DailyReportLine> shown = summary.lines().stream().limit(CHART_USERS).toList();
        for (DailyReportLine line : shown) {
            labels.add(line.member().name());
            current.add(line.value(rankBy));
            compared.add(line.value(rankBy).subtract(line.change(rankBy, comparison)));
        }
        String figureName = Texts.get("DailyFigure." + rankBy.name());
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", figureName + " · " + summary.period().text())
                                        .add("data", current).add("backgroundColor", "#2e8540"))
                                .add(Json.createObjectBuilder().add("label", figureName + " · "
                                                + getComparedPeriod().text())
                                        .add("data", compared).add("backgroundColor", "#b8c4ce"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("beginAtZero", true))))
                .build()
                .toString();
    }

    /** Returns the chart's height in rem, growing with the users it shows. */
    public int getChartHeight() {
        return 6 + 2 * (int) Math.min(CHART_USERS, summary.lines().size());
    }

    /** Returns the team averages, then the average over every user shown. */
    public List<TeamAverage> getAverages() {
        List<TeamAverage> rows = new ArrayList<>(summary.teams());
        if (!summary.lines().isEmpty()) {
            rows.add(summary.overall());
        }
        return rows;
    }

    public List<FigureColumn> getColumns() {
        return FigureColumn.ALL;
    }

    public Figure[] getFigures() {
        return Figure.values();
    }

    public PeriodKind[] getKinds() {
        return PeriodKind.values();
    }

    public Comparison[] getComparisons() {
        return Comparison.values();
    }

    public LocalDate getToday() {
        return CompanyCalendar.current().today();
    }

    public DailyReportSummary getSummary() {
        return summary;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind == null ? PeriodKind.DAY : kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getKindParameter() {
        return kindParameter;
    }

    public void setKindParameter(String kindParameter) {
        this.kindParameter = kindParameter;
    }

    public String getDateParameter() {
        return dateParameter;
    }

    public void setDateParameter(String dateParameter) {
        this.dateParameter = dateParameter;
    }

    public Figure getRankBy() {
        return rankBy;
    }

    public void setRankBy(Figure rankBy) {
        this.rankBy = rankBy == null ? Figure.ACTIVITIES : rankBy;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public void setComparison(Comparison comparison) {
        this.comparison = comparison == null ? Comparison.PREVIOUS : comparison;
    }
}
