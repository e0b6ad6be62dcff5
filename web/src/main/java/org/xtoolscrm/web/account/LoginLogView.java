package org.xtoolscrm.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.xtoolscrm.account.login.LoginLogService;
import org.xtoolscrm.account.login.LoginOutcome;
import org.xtoolscrm.web.Formats;

/** Backs account/login-log.xhtml, which web.xml opens to a Boss only. */
@Named
@ViewScoped
public class LoginLogView implements Serializable {

    @EJB
    private LoginLogService service;

    @Inject
    private Formats formats;

    private LoginLogLazyModel model;
    private LocalDate fromDate;
    private LocalDate toDate;

    @PostConstruct
    void init() {
        model = new LoginLogLazyModel(service);
    }

    /** Applies the dates picked, as whole days in the company's time zone, to the table. */
    public void applyDates() {
        ZoneId zone = formats.zone();
        model.setPeriod(fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public LoginLogLazyModel getModel() {
        return model;
    }

    public LoginOutcome[] getOutcomes() {
        return LoginOutcome.values();
    }

    public int getVisibleDays() {
        return LoginLogService.VISIBLE_DAYS;
    }

    /** Returns the first day the log shows, the earliest date the pickers offer. */
    public LocalDate getMinDate() {
        return LocalDate.now(formats.zone()).minusDays(LoginLogService.VISIBLE_DAYS);
    }

    public LocalDate getToday() {
        return LocalDate.now(formats.zone());
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
