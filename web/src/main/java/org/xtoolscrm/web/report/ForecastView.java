package org.xtoolscrm.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.report.Forecast;
import org.xtoolscrm.report.ForecastCell;
import org.xtoolscrm.report.ForecastPeriod;
import org.xtoolscrm.report.ForecastService;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.opportunity.OwnerChoices;

/**
 * Backs report/forecast.xhtml: for this month and the next two, and this quarter and the
 * next, the expected amount against the amount won, as a chart of the totals and a table
 * per team and user.
 */
@Named
@ViewScoped
public class ForecastView implements Serializable {

    @EJB
    private ForecastService forecasts;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private OwnerChoices ownerChoices;
    private String owner;
    private Forecast forecast;

    @PostConstruct
    void init() {
        User caller = access.currentUser();
        ownerChoices = OwnerChoices.of(caller, accounts.assignableOwners());
        owner = OwnerChoices.startingChoice(caller);
        load();
    }

    public void load() {
        forecast = forecasts.forecast(ownerChoices.filterOf(owner));
    }

    /** Returns a period's heading, such as "Dec 2026" or "Q1 2027" in the page's language. */
    public String label(ForecastPeriod period) {
        if (period.quarter()) {
            return Texts.get("report.forecast.quarter", period.quarterNumber(), String.valueOf(period.from().getYear()));
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern(Texts.get("opportunity.board.monthPattern"), locale());
        return month.format(YearMonth.from(period.from()));
    }

    /**
     * Returns the chart of the total line as a Chart.js configuration: a pair of bars per
     * period, expected and won.
     */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        forecast.periods().forEach(period -> labels.add(label(period)));
        List<ForecastCell> cells = forecast.total().cells();
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset(Texts.get("report.forecast.expected"), cells, ForecastCell::expected,
                                        "#4f98dc"))
                                .add(dataset(Texts.get("report.forecast.won"), cells, ForecastCell::won, "#2e8540"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, List<ForecastCell> cells,
                                                          Function<ForecastCell, BigDecimal> value, String color) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        cells.forEach(cell -> data.add(value.apply(cell)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Forecast getForecast() {
        return forecast;
    }

    public OwnerChoices getOwnerChoices() {
        return ownerChoices;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public boolean isUnconverted() {
        return !forecast.unconverted().isEmpty();
    }

    public String getUnconvertedList() {
        return String.join(", ", forecast.unconverted().stream().sorted().toList());
    }
}
