package org.xtoolscrm.web.report.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xtoolscrm.report.daily.Figure;
import org.xtoolscrm.report.daily.FigureRecord;

@DisplayName("Links from the records behind a figure")
class DailyRecordsViewTest {

    private static final Instant NOON = Instant.parse("2026-03-19T04:00:00Z");

    private static String link(Figure figure, FigureRecord row) {
        DailyRecordsView view = new DailyRecordsView();
        view.setFigure(figure);
        return view.link(row);
    }

    private static FigureRecord row(long id, String label, Long customerId, boolean visible) {
        return new FigureRecord(id, label, NOON, null, customerId, null, null, visible);
    }

    @Test
    @DisplayName("records lead to their customer's tab, deal or contract")
    void targets() {
        assertEquals("/customer/view.xhtml?id=5", link(Figure.CUSTOMERS_CREATED, row(5, "Acme", 5L, true)));
        assertEquals("/customer/view.xhtml?id=7&tab=contacts", link(Figure.CONTACTS_CREATED, row(3, "Li", 7L, true)));
        assertEquals("/customer/view.xhtml?id=7&tab=activities", link(Figure.ACTIVITIES, row(9, "Call", 7L, true)));
        assertEquals("/opportunity/view.xhtml?id=11", link(Figure.STAGE_ADVANCES, row(11, "Deal", 7L, true)));
        FigureRecord payment = new FigureRecord(12, "HT-1", null, LocalDate.of(2026, 3, 19), 7L, "CNY",
                new BigDecimal("10.00"), true);
        assertEquals("/contract/view.xhtml?id=12&tab=payments", link(Figure.PAYMENT_AMOUNT, payment));
    }

    @Test
    @DisplayName("a schedule or task without a customer leads to the calendar or the task list")
    void withoutCustomer() {
        assertEquals("/task/list.xhtml", link(Figure.TASKS_COMPLETED, row(4, "Send", null, true)));
        String calendar = link(Figure.SCHEDULES_DONE, row(4, "Visit", null, true));
        assertEquals("/schedule/calendar.xhtml?date=", calendar.substring(0, calendar.indexOf('=') + 1));
    }

    @Test
    @DisplayName("changes lead to customers, deals and contracts, other kinds nowhere")
    void changes() {
        assertEquals("/customer/view.xhtml?id=8", link(Figure.RECORDS_EDITED, row(8, "Customer", 8L, true)));
        assertEquals("/contract/view.xhtml?id=9", link(Figure.RECORDS_CREATED, row(9, "Contract", null, true)));
        assertNull(link(Figure.RECORDS_EDITED, row(10, "Note", null, true)));
    }

    @Test
    @DisplayName("hidden records and logins have no link")
    void none() {
        assertNull(link(Figure.CONTACTS_CREATED, row(3, null, null, false)));
        assertNull(link(Figure.LOGINS, row(1, "127.0.0.1", null, true)));
    }
}
