package org.xtoolscrm.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.User;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.report.Funnel;
import org.xtoolscrm.report.FunnelService;
import org.xtoolscrm.report.FunnelStage;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.opportunity.OwnerChoices;

/**
 * Backs report/funnel.xhtml: the sales funnel for everything the user may see, a team or
 * one user, over the deals expected to sign in a period, drawn by amount or by count. A
 * click on a stage opens the opportunity list with the same filters.
 */
@Named
@ViewScoped
public class FunnelView implements Serializable {

    @EJB
    private FunnelService funnels;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private OwnerChoices ownerChoices;
    private String owner;
    private PeriodChoice period = PeriodChoice.THIS_QUARTER;
    private LocalDate from;
    private LocalDate to;
    private boolean byAmount = true;
    private Funnel funnel;
    private List<FunnelSlice> slices = List.of();

    @PostConstruct
    void init() {
        User caller = access.currentUser();
        ownerChoices = OwnerChoices.of(caller, accounts.assignableOwners());
        owner = OwnerChoices.startingChoice(caller);
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

    /** Computes the funnel for the filters. A custom period with the dates reversed is refused. */
    public void load() {
        if (from != null && to != null && to.isBefore(from)) {
            Texts.error("report.funnel.message.datesReversed");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        funnel = funnels.funnel(ownerChoices.filterOf(owner), from, to);
        slices = FunnelShape.slices(funnel.open(), byAmount);
    }

    public void periodChanged() {
        applyPeriod();
        load();
    }

    /** Returns the link to the open deals of a stage under the page's filters. */
    public String listUrl(FunnelStage row) {
        FacesContext context = FacesContext.getCurrentInstance();
        StringBuilder url = new StringBuilder(context.getExternalContext().getRequestContextPath())
                .append("/opportunity/list.xhtml?stage=").append(encode(row.stage().code()))
                .append("&owner=").append(encode(owner));
        if (!row.stage().isOpen()) {
            url.append("&outcome=").append(row.stage().outcome().name());
        }
        if (from != null) {
            url.append("&from=").append(from);
        }
        if (to != null) {
            url.append("&to=").append(to);
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Returns the height of the chart's drawing, in its own units. */
    public double getChartHeight() {
        return Math.max(1, slices.size()) * FunnelShape.SLICE_HEIGHT;
    }

    public Funnel getFunnel() {
        return funnel;
    }

    public List<FunnelSlice> getSlices() {
        return slices;
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

    public boolean isByAmount() {
        return byAmount;
    }

    public void setByAmount(boolean byAmount) {
        this.byAmount = byAmount;
    }

    /** Returns whether some amounts could not be converted for want of a rate. */
    public boolean isUnconverted() {
        return funnel != null && !funnel.unconverted().isEmpty();
    }

    public String getUnconvertedList() {
        return funnel == null ? "" : String.join(", ", funnel.unconverted().stream().sorted().toList());
    }
}
