package org.xtoolscrm.web.report.daily;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.daily.DailyReportRecords;
import org.xtoolscrm.report.daily.Figure;
import org.xtoolscrm.report.daily.FigureRecord;
import org.xtoolscrm.report.daily.FigureSource;
import org.xtoolscrm.report.daily.PeriodKind;
import org.xtoolscrm.report.daily.ReportPeriod;
import org.xtoolscrm.web.RecordPages;

/**
 * Backs report/daily-records.xhtml: the records behind one figure of one user's daily,
 * weekly or monthly report, each leading to the page where it can be opened.
 */
@Named
@ViewScoped
public class DailyRecordsView implements Serializable {

    @EJB
    private DailyReportRecords records;

    private String userParameter;
    private String figureParameter;
    private String kindParameter;
    private String dateParameter;
    private Long user;
    private Figure figure;
    private PeriodKind kind = PeriodKind.DAY;
    private LocalDate date;
    private ReportPeriod period;
    private String userName;
    private FigureRecordsModel model;

    /**
     * Reads the address's parameters and opens the list. A missing or invalid parameter, a
     * day not yet begun and a user the caller may not see all give the not-found page.
     */
    public void load() throws IOException {
        user = AddressParameters.id(userParameter).orElse(null);
        figure = AddressParameters.constant(Figure.class, figureParameter).orElse(null);
        kind = AddressParameters.constant(PeriodKind.class, kindParameter).orElse(PeriodKind.DAY);
        date = AddressParameters.date(dateParameter).orElse(null);
        if (user == null || figure == null || date == null || date.isAfter(CompanyCalendar.current().today())) {
            RecordPages.notFound();
            return;
        }
        period = ReportPeriod.containing(kind, date);
        try {
            userName = records.userName(user);
        } catch (RecordNotFoundException e) {
            RecordPages.notFound();
            return;
        }
        model = new FigureRecordsModel(records, figure, user, period);
    }

    /** Returns the address of the page that shows the record, or null when there is none or it is hidden. */
    public String link(FigureRecord row) {
        if (!row.visible()) {
            return null;
        }
        FigureSource source = figure.source();
        return switch (source) {
            case CUSTOMERS -> customer(row.id(), null);
            case CONTACTS -> customer(row.customerId(), "contacts");
            case ACTIVITIES -> customer(row.customerId(), "activities");
            case EXPENSES -> customer(row.customerId(), "expenses");
            case SCHEDULES_DONE -> row.customerId() != null ? customer(row.customerId(), "schedules")
                    : "/schedule/calendar.xhtml?date=" + CompanyCalendar.current().dateOf(row.time());
            case TASKS_COMPLETED -> row.customerId() != null ? customer(row.customerId(), "tasks") : "/task/list.xhtml";
            case OPPORTUNITIES, STAGE_ADVANCES, WON_DEALS, LOST_DEALS -> "/opportunity/view.xhtml?id=" + row.id();
            case CONTRACTS -> "/contract/view.xhtml?id=" + row.id();
            case PAYMENTS -> "/contract/view.xhtml?id=" + row.id() + "&tab=payments";
            case RECORDS_CREATED, RECORDS_EDITED -> changedRecord(row);
            case LOGINS -> null;
        };
    }

    private static String changedRecord(FigureRecord row) {
        return switch (row.label()) {
            case "Customer" -> customer(row.id(), null);
            case "Opportunity" -> "/opportunity/view.xhtml?id=" + row.id();
            case "Contract" -> "/contract/view.xhtml?id=" + row.id();
            default -> null;
        };
    }

    private static String customer(Long id, String tab) {
        return id == null ? null : "/customer/view.xhtml?id=" + id + (tab == null ? "" : "&tab=" + tab);
    }

    /** Returns whether the list shows amounts. */
    public boolean isAmounts() {
        return figure.source().hasAmounts();
    }

    /** Returns whether the records' labels are record kinds from the change log. */
    public boolean isChanges() {
        return figure.source() == FigureSource.RECORDS_CREATED || figure.source() == FigureSource.RECORDS_EDITED;
    }

    public String getPeriodText() {
        return period.text();
    }

    public FigureRecordsModel getModel() {
        return model;
    }

    public String getUserName() {
        return userName;
    }

    public Figure getFigure() {
        return figure;
    }

    /** Sets the figure, for code that opens the list without an address. */
    void setFigure(Figure figure) {
        this.figure = figure;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getUserParameter() {
        return userParameter;
    }

    public void setUserParameter(String userParameter) {
        this.userParameter = userParameter;
    }

    public String getFigureParameter() {
        return figureParameter;
    }

    public void setFigureParameter(String figureParameter) {
        this.figureParameter = figureParameter;
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
}
