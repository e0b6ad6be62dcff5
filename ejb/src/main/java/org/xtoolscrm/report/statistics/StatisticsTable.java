package org.xtoolscrm.report.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xtoolscrm.report.statistics.StatisticsColumn.Kind;

/**
 * A statistic as the page's table shows it and the export writes it: labelled columns, one
 * row per group and a total row. The chart draws the same rows.
 *
 * @param title the statistic's name
 * @param notes lines that describe the query, such as the period and the conditions
 */
public record StatisticsTable(String title, List<String> notes, List<StatisticsColumn> columns,
                              List<StatisticsTableRow> rows, StatisticsTableRow total) implements Serializable {

    /** The prefix of the resource bundle keys that this class reads. */
    public static final String KEY_PREFIX = "report.statistics.";

    private static final BigDecimal HUNDRED_PERCENT = new BigDecimal("100.0");

    public StatisticsTable {
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Labels a statistic in the language of the labels. */
    public static StatisticsTable of(Statistics statistics, StatisticsLabels labels, List<String> notes) {
        StatisticsReport report = statistics.report();
        List<StatisticsColumn> columns = new ArrayList<>();
        columns.add(new StatisticsColumn(labels.text(KEY_PREFIX + "column." + labelColumn(report)), Kind.LABEL));
        for (StatisticsGroup series : statistics.series()) {
            columns.add(new StatisticsColumn(label(series, report, labels), Kind.COUNT));
        }
        columns.add(new StatisticsColumn(labels.text(KEY_PREFIX + "count." + report.name()), Kind.COUNT));
        if (report.withAmount()) {
            columns.add(new StatisticsColumn(labels.text(KEY_PREFIX + "amount." + report.name()) + " ("
                    + statistics.currency() + ")", Kind.AMOUNT));
        }
        if (report.withShare()) {
            columns.add(new StatisticsColumn(labels.text(KEY_PREFIX + "column.share"), Kind.PERCENT));
        }

        List<StatisticsTableRow> rows = new ArrayList<>();
        for (StatisticsRow row : statistics.rows()) {
            List<Number> values = new ArrayList<>(row.seriesCounts());
            values.add(row.count());
            if (report.withAmount()) {
                values.add(row.amount());
            }
            if (report.withShare()) {
                values.add(row.share());
            }
            rows.add(new StatisticsTableRow(label(row.group(), report, labels), values));
        }

        List<Number> totals = new ArrayList<>(statistics.seriesTotals());
        totals.add(statistics.totalCount());
        if (report.withAmount()) {
            totals.add(statistics.totalAmount());
        }
        if (report.withShare()) {
            totals.add(statistics.totalCount() == 0 ? null : HUNDRED_PERCENT);
        }
        StatisticsTableRow total = new StatisticsTableRow(labels.text(KEY_PREFIX + "total"), totals);
        return new StatisticsTable(labels.text(KEY_PREFIX + "report." + report.name()), notes, columns, rows, total);
    }

    private static String labelColumn(StatisticsReport report) {
        return switch (report) {
            case CUSTOMERS_BY_STATUS -> "status";
            case CUSTOMERS_BY_INDUSTRY -> "industry";
            case CUSTOMERS_BY_REGION -> "region";
            case CUSTOMERS_BY_OWNER -> "owner";
            case NEW_CUSTOMERS_BY_MONTH, CONTRACTS_BY_MONTH, PAYMENTS_BY_MONTH -> "month";
            case ACTIVITIES_BY_USER -> "user";
        };
    }

    /** Returns a group's label: a status from the resource bundle, a dictionary option or user by its own label. */
    private static String label(StatisticsGroup group, StatisticsReport report, StatisticsLabels labels) {
        if (group.isEmpty()) {
            return labels.text(KEY_PREFIX + "empty");
        }
        if (report == StatisticsReport.CUSTOMERS_BY_STATUS) {
            return labels.text("CustomerStatus." + group.code());
        }
        Locale locale = labels.locale();
        String label = group.label(locale);
        return label == null ? group.code() : label;
    }
}
