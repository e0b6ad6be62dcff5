package org.xtoolscrm.web.report.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.report.statistics.StatisticsColumn;
import org.xtoolscrm.report.statistics.StatisticsColumn.Kind;
import org.xtoolscrm.report.statistics.StatisticsReport;
import org.xtoolscrm.report.statistics.StatisticsTable;
import org.xtoolscrm.report.statistics.StatisticsTableRow;

class StatisticsChartTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static StatisticsTable distribution(int rows) {
        List<StatisticsTableRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new StatisticsTableRow("Group " + i, List.of((long) i, new BigDecimal("10.0"))));
        }
        return new StatisticsTable("Customers by industry", List.of(), List.of(
                new StatisticsColumn("Industry", Kind.LABEL), new StatisticsColumn("Customers", Kind.COUNT),
                new StatisticsColumn("Share (%)", Kind.PERCENT)), list,
                new StatisticsTableRow("Total", List.of(10L, new BigDecimal("100.0"))));
    }

    @Test
    @DisplayName("Few groups draw a doughnut of the counts without animation")
    void doughnut() {
        JsonObject chart = parse(StatisticsChart.json(StatisticsReport.CUSTOMERS_BY_INDUSTRY, distribution(3)));

        assertEquals("doughnut", chart.getString("type"));
        assertFalse(chart.getJsonObject("options").getBoolean("animation"));
        assertEquals("[\"Group 0\",\"Group 1\",\"Group 2\"]",
                chart.getJsonObject("data").getJsonArray("labels").toString());
        assertEquals("[0,1,2]", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data").toString(), "the total row is not drawn");
    }

    @Test
    @DisplayName("Many groups draw horizontal bars that grow the chart")
    void manyGroups() {
        StatisticsTable table = distribution(StatisticsChart.MAX_DOUGHNUT_SLICES + 1);
        JsonObject chart = parse(StatisticsChart.json(StatisticsReport.CUSTOMERS_BY_INDUSTRY, table));

        assertEquals("bar", chart.getString("type"));
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals(22, StatisticsChart.height(StatisticsReport.CUSTOMERS_BY_INDUSTRY, table));
    }

    @Test
    @DisplayName("Money by month draws the amount as bars and the count as a line")
    void moneyByMonth() {
        StatisticsTable table = new StatisticsTable("Payments received by month", List.of(), List.of(
                new StatisticsColumn("Month", Kind.LABEL), new StatisticsColumn("Payments", Kind.COUNT),
                new StatisticsColumn("Amount received (CNY)", Kind.AMOUNT)),
                List.of(new StatisticsTableRow("2024-01", List.of(2L, new BigDecimal("1500.50")))),
                new StatisticsTableRow("Total", List.of(2L, new BigDecimal("1500.50"))));

        JsonObject chart = parse(StatisticsChart.json(StatisticsReport.PAYMENTS_BY_MONTH, table));

        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("Amount received (CNY)", datasets.getJsonObject(0).getString("label"));
        assertEquals("[1500.50]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("line", datasets.getJsonObject(1).getString("type"));
        assertEquals("[2]", datasets.getJsonObject(1).getJsonArray("data").toString());
    }

    @Test
    @DisplayName("Activities stack one dataset per type")
    void activities() {
        StatisticsTable table = new StatisticsTable("Activities per user", List.of(), List.of(
                new StatisticsColumn("User", Kind.LABEL), new StatisticsColumn("Call", Kind.COUNT),
                new StatisticsColumn("Visit", Kind.COUNT), new StatisticsColumn("Total", Kind.COUNT)),
                List.of(new StatisticsTableRow("Li Na", List.of(1L, 2L, 3L))),
                new StatisticsTableRow("Total", List.of(1L, 2L, 3L)));

        JsonObject chart = parse(StatisticsChart.json(StatisticsReport.ACTIVITIES_BY_USER, table));

        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size(), "the total column is not a type");
        assertEquals("Visit", datasets.getJsonObject(1).getString("label"));
        assertEquals("[2]", datasets.getJsonObject(1).getJsonArray("data").toString());
        assertEquals(true, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x")
                .getBoolean("stacked"));
    }
}
