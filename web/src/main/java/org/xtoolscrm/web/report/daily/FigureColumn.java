package org.xtoolscrm.web.report.daily;

import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.report.daily.Figure;

/**
 * A column of the daily report table: a count, and for money the amount beside it. The
 * header names the count's figure.
 */
public record FigureColumn(Figure count, Figure amount) implements Serializable {

    /** The columns in the order the report shows them. */
    static final List<FigureColumn> ALL = List.of(
            new FigureColumn(Figure.CUSTOMERS_CREATED, null),
            new FigureColumn(Figure.CONTACTS_CREATED, null),
            new FigureColumn(Figure.ACTIVITIES, null),
            new FigureColumn(Figure.SCHEDULES_DONE, null),
            new FigureColumn(Figure.TASKS_COMPLETED, null),
            new FigureColumn(Figure.OPPORTUNITIES_CREATED, null),
            new FigureColumn(Figure.STAGE_ADVANCES, null),
            new FigureColumn(Figure.DEALS_WON, Figure.WON_AMOUNT),
            new FigureColumn(Figure.DEALS_LOST, Figure.LOST_AMOUNT),
            new FigureColumn(Figure.CONTRACTS_SIGNED, Figure.CONTRACT_AMOUNT),
            new FigureColumn(Figure.PAYMENTS_RECEIVED, Figure.PAYMENT_AMOUNT),
            new FigureColumn(Figure.EXPENSES_FILED, Figure.EXPENSE_AMOUNT),
            new FigureColumn(Figure.LOGINS, null),
            new FigureColumn(Figure.RECORDS_CREATED, null),
            new FigureColumn(Figure.RECORDS_EDITED, null));

    public boolean hasAmount() {
        return amount != null;
    }

    /** Returns the id part of the column, such as {@code activities}, for element ids and styles. */
    public String key() {
        return count.name().toLowerCase().replace('_', '-');
    }
}
