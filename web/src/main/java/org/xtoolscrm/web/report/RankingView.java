package org.xtoolscrm.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.Ranking;
import org.xtoolscrm.report.RankingRow;
import org.xtoolscrm.report.RankingService;
import org.xtoolscrm.web.Texts;

/**
 * Backs report/ranking.xhtml: payments received and contracts signed per user and team in
 * a period, ranked by the payments received, as a table and a chart.
 */
@Named
@ViewScoped
public class RankingView implements Serializable {

    /** The number of best users the chart draws; the table lists every user. */
    static final int CHART_USERS = 15;

    @EJB
    private RankingService rankings;

    private PeriodChoice period = PeriodChoice.THIS_MONTH;
    private LocalDate from;
    private LocalDate to;
    private Ranking ranking;

    @PostConstruct
    void init() {
        applyPeriod();
        load();
    }

    /** Sets the dates of a chosen period; a custom period keeps the dates the user entered. */
    public void applyPeriod() {
        if (period != PeriodChoice.CUSTOM) {
            LocalDate today = CompanyCalendar.current().today();
            from = period.from(today);
            to = period.to(today);
        }
    }

    /** Computes the ranking for the period. A custom period with the dates reversed is refused. */
    public void load() {
        if (from == null || to == null || to.isBefore(from)) {
            Texts.error("report.funnel.message.datesReversed");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ranking = rankings.ranking(from, to);
    }

    public void periodChanged() {
        applyPeriod();
        load();
    }

    /** Returns the chart as a Chart.js configuration: a bar of payments received per user, best first. */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder signed = Json.createArrayBuilder();
        List<RankingRow> shown = ranking.users().stream().limit(CHART_USERS).toList();
        for (RankingRow row : shown) {
            labels.add(row.member().name());
            received.add(row.received());
            signed.add(row.contractAmount());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Texts.get("report.ranking.received"))
                                        .add("data", received).add("backgroundColor", "#2e8540"))
                                .add(Json.createObjectBuilder().add("label", Texts.get("report.ranking.signedAmount"))
                                        .add("data", signed).add("backgroundColor", "#4f98dc"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("beginAtZero", true))))
                .build()
                .toString();
    }

    public Ranking getRanking() {
        return ranking;
    }

    /** Returns whether a team table adds anything: more than one team. */
    public boolean isTeams() {
        return ranking != null && ranking.teams().size() > 1;
    }

    public boolean isUnconverted() {
        return ranking != null && !ranking.unconverted().isEmpty();
    }

    public String getUnconvertedList() {
        return String.join(", ", ranking.unconverted().stream().sorted().toList());
    }

    /** Returns the chart's height in rem, growing with the users it shows. */
    public int getChartHeight() {
        return 6 + 2 * (int) Math.min(CHART_USERS, ranking.users().size());
    }

    public PeriodChoice[] getPeriods() {
        return PeriodChoice.values();
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public void setPeriod(PeriodChoice period) {
        this.period = period;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
