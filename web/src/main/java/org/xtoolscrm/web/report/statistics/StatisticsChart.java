package org.xtoolscrm.web.report.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.xtoolscrm.report.statistics.StatisticsReport;
import org.xtoolscrm.report.statistics.StatisticsTable;
import org.xtoolscrm.report.statistics.StatisticsTableRow;

/**
 * Draws a statistics table as a Chart.js 4 configuration for {@code p:chart}: a doughnut for
 * a distribution of a few groups, horizontal bars for more groups and for users, bars with the
 * count as a line for contracts and payments by month, and stacked bars of activity types per
 * user. The chart reads the same rows as the table, without the total row.
 */
final class StatisticsChart {

    /** The maximum number of groups a doughnut shows; a distribution with more is drawn as bars. */
    static final int MAX_DOUGHNUT_SLICES = 8;

    private static final List<String> COLORS = List.of("#4f98dc", "#2e8540", "#f0ad4e", "#d9534f", "#8e6bbf",
            "#20a8a8", "#c7772d", "#6c757d", "#e377c2", "#17becf", "#bcbd22", "#1f3f77");

    private StatisticsChart() {
    }

    /** Returns the chart's configuration as JSON. */
    static String json(StatisticsReport report, StatisticsTable table) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.rows().forEach(row -> labels.add(row.label()));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false);
        String type;
        JsonArrayBuilder datasets = Json.createArrayBuilder();

        if (report == StatisticsReport.ACTIVITIES_BY_USER) {
            type = "bar";
            int series = table.columns().size() - 2;
            for (int i = 0; i < series; i++) {
                datasets.add(dataset(table.columns().get(i + 1).heading(), values(table.rows(), i), color(i)));
            }
            options.add("indexAxis", "y").add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                            .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                    .add("y", Json.createObjectBuilder().add("stacked", true)));
        } else if (report.withAmount()) {
            type = "bar";
            datasets.add(dataset(table.columns().get(2).heading(), values(table.rows(), 1), color(0))
                            .add("yAxisID", "amount").add("order", 2))
                    .add(dataset(table.columns().get(1).heading(), values(table.rows(), 0), color(1))
                            .add("type", "line").add("yAxisID", "count").add("order", 1)
                            .add("borderColor", color(1)));
            options.add("scales", Json.createObjectBuilder()
                    .add("amount", Json.createObjectBuilder().add("type", "linear").add("position", "left")
                            .add("beginAtZero", true))
                    .add("count", Json.createObjectBuilder().add("type", "linear").add("position", "right")
                            .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))
                            .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
        } else if (isDoughnut(report, table)) {
            type = "doughnut";
            JsonArrayBuilder colors = Json.createArrayBuilder();
            for (int i = 0; i < table.rows().size(); i++) {
                colors.add(color(i));
            }
            datasets.add(Json.createObjectBuilder().add("label", table.columns().get(1).heading())
                    .add("data", values(table.rows(), 0)).add("backgroundColor", colors));
            options.add("plugins", Json.createObjectBuilder().add("legend",
                    Json.createObjectBuilder().add("position", "right")));
        } else {
            type = "bar";
            datasets.add(dataset(table.columns().get(1).heading(), values(table.rows(), 0), color(0)));
            if (!report.byMonth()) {
                options.add("indexAxis", "y");
            }
            options.add("plugins", Json.createObjectBuilder().add("legend",
                    Json.createObjectBuilder().add("display", false)));
            options.add("scales", Json.createObjectBuilder().add(report.byMonth() ? "y" : "x",
                    Json.createObjectBuilder().add("beginAtZero", true)
                            .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    /** Returns whether the chart is a doughnut: a distribution by status, industry or region of few groups. */
    static boolean isDoughnut(StatisticsReport report, StatisticsTable table) {
        return report.withShare() && report != StatisticsReport.CUSTOMERS_BY_OWNER
                && table.rows().size() <= MAX_DOUGHNUT_SLICES;
    }

    /** Returns the chart's height in rem: horizontal bars grow with their rows. */
    static int height(StatisticsReport report, StatisticsTable table) {
        boolean horizontal = report == StatisticsReport.ACTIVITIES_BY_USER
                || (!report.byMonth() && !isDoughnut(report, table));
        return horizontal ? Math.max(12, 4 + 2 * table.rows().size()) : 20;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color);
    }

    private static JsonArrayBuilder values(List<StatisticsTableRow> rows, int index) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (StatisticsTableRow row : rows) {
            Number value = row.values().get(index);
            if (value == null) {
                values.addNull();
            } else if (value instanceof BigDecimal decimal) {
                values.add(decimal);
            } else {
                values.add(value.longValue());
            }
        }
        return values;
    }

    private static String color(int index) {
        return COLORS.get(index % COLORS.size());
    }
}
