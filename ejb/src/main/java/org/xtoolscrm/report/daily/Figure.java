package org.xtoolscrm.report.daily;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The figures of a daily report, in the order the report shows them. Pages and the chart
 * read a figure through this list, so a figure is added in one place.
 */
public enum Figure {
    CUSTOMERS_CREATED(FigureSource.CUSTOMERS, DailyFigures::customersCreated),
    CONTACTS_CREATED(FigureSource.CONTACTS, DailyFigures::contactsCreated),
    ACTIVITIES(FigureSource.ACTIVITIES, DailyFigures::activities),
    SCHEDULES_DONE(FigureSource.SCHEDULES_DONE, DailyFigures::schedulesDone),
    TASKS_COMPLETED(FigureSource.TASKS_COMPLETED, DailyFigures::tasksCompleted),
    OPPORTUNITIES_CREATED(FigureSource.OPPORTUNITIES, DailyFigures::opportunitiesCreated),
    STAGE_ADVANCES(FigureSource.STAGE_ADVANCES, DailyFigures::stageAdvances),
    DEALS_WON(FigureSource.WON_DEALS, DailyFigures::dealsWon),
    WON_AMOUNT(FigureSource.WON_DEALS, DailyFigures::wonAmount),
    DEALS_LOST(FigureSource.LOST_DEALS, DailyFigures::dealsLost),
    LOST_AMOUNT(FigureSource.LOST_DEALS, DailyFigures::lostAmount),
    CONTRACTS_SIGNED(FigureSource.CONTRACTS, DailyFigures::contractsSigned),
    CONTRACT_AMOUNT(FigureSource.CONTRACTS, DailyFigures::contractAmount),
    PAYMENTS_RECEIVED(FigureSource.PAYMENTS, DailyFigures::paymentsReceived),
    PAYMENT_AMOUNT(FigureSource.PAYMENTS, DailyFigures::paymentAmount),
    EXPENSES_FILED(FigureSource.EXPENSES, DailyFigures::expensesFiled),
    EXPENSE_AMOUNT(FigureSource.EXPENSES, DailyFigures::expenseAmount),
    LOGINS(FigureSource.LOGINS, DailyFigures::logins),
    RECORDS_CREATED(FigureSource.RECORDS_CREATED, DailyFigures::recordsCreated),
    RECORDS_EDITED(FigureSource.RECORDS_EDITED, DailyFigures::recordsEdited);

    private final FigureSource source;
    private final Function<DailyFigures, Object> value;

    Figure(FigureSource source, Function<DailyFigures, Object> value) {
        this.source = source;
        this.value = value;
    }

    /** Returns where the figure's records come from. */
    public FigureSource source() {
        return source;
    }

    /** Returns whether the figure is an amount of money rather than a count. */
    public boolean isAmount() {
        return name().endsWith("_AMOUNT");
    }

    /** Returns the figure's value in the figures, a count or an amount, as a decimal. */
    public BigDecimal of(DailyFigures figures) {
        Object result = value.apply(figures);
        return result instanceof BigDecimal amount ? amount : BigDecimal.valueOf((Long) result);
    }
}
