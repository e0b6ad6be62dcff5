package org.xtoolscrm.web.opportunity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.account.User;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.opportunity.InvalidOpportunityException;
import org.xtoolscrm.opportunity.OpportunityFilter;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.OpportunitySortField;
import org.xtoolscrm.opportunity.OwnerFilter;
import org.xtoolscrm.opportunity.StaleOpportunityException;
import org.xtoolscrm.report.Funnel;
import org.xtoolscrm.report.FunnelService;
import org.xtoolscrm.report.FunnelStage;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.contract.ContractEditor;

/**
 * Backs opportunity/board.xhtml: the open deals as cards in stage columns, filtered by
 * owner and expected signing month. Dropping a card on another column moves the deal to
 * that stage through {@link OpportunityService#moveToStage}, which writes the stage history.
 * Dropping it on Lost first opens a dialog for the reason.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final Logger LOG = Logger.getLogger(BoardView.class.getName());

    /** The cards a column shows at most; the column's count and amount cover all its deals. */
    static final int CARDS_PER_COLUMN = 30;

    /** The months the month filter offers before and after this one. */
    private static final int MONTHS_BACK = 3;
    private static final int MONTHS_AHEAD = 12;

    @EJB
    private OpportunityService opportunities;

    @EJB
    private FunnelService funnels;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    @Inject
    private OpportunityStages stages;

    @Inject
    private ContractEditor contractEditor;

    private OwnerChoices ownerChoices;
    private String owner;
    /** The expected signing month as yyyy-MM, or blank for every month. */
    private String month = "";
    private List<BoardColumn> columns = List.of();
    private Funnel totals;

    private Long movingId;
    private int movingVersion;
    private String movingTo;
    private String lostReason;

    @PostConstruct
    void init() {
        User caller = access.currentUser();
        ownerChoices = OwnerChoices.of(caller, accounts.assignableOwners());
        owner = OwnerChoices.startingChoice(caller);
    }

    /** Reads the columns for the current filters. */
    public void load() {
        OwnerFilter owners = ownerChoices.filterOf(owner);
        LocalDate from = null;
        LocalDate to = null;
        if (month != null && !month.isBlank()) {
            YearMonth chosen = YearMonth.parse(month);
            from = chosen.atDay(1);
            to = chosen.atEndOfMonth();
        }
        totals = funnels.funnel(owners, from, to);
        OpportunityFilter filter = OpportunityFilter.open().withOwners(owners).withExpected(from, to);
        List<BoardColumn> loaded = new ArrayList<>();
        for (FunnelStage stage : totals.open()) {
            loaded.add(new BoardColumn(stage.stage(), stage.count(), stage.amount(),
                    opportunities.findPage(filter.withStage(stage.stage().code()),
                            OpportunitySortField.EXPECTED_SIGN_DATE, true, 0, CARDS_PER_COLUMN)));
        }
        columns = loaded;
    }

    /**
     * Moves the dropped card's deal; called by the page's remote command with the request
     * parameters {@code id}, {@code version} and {@code stage}. A drop on a LOST stage opens
     * the reason dialog instead.
     */
    public void drop() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        try {
            movingId = Long.parseLong(parameters.get("id"));
            movingVersion = Integer.parseInt(parameters.get("version"));
        } catch (NumberFormatException e) {
            LOG.fine(() -> "Board drop without a valid card: " + parameters);
            return;
        }
        movingTo = parameters.get("stage");
        if (stages.isLost(movingTo)) {
            lostReason = null;
            PrimeFaces.current().ajax().update(":lost-form");
            PrimeFaces.current().executeScript("PF('lostDialog').show()");
            return;
        }
        move(null);
    }

    /** Moves the deal dropped on a LOST stage, with the reason from the dialog. */
    public void confirmLost() {
        if (movingId != null && move(lostReason)) {
            // The dialog shows a rejected reason itself; the page shows the move once it is done.
            PrimeFaces.current().ajax().update(":messages");
            PrimeFaces.current().executeScript("PF('lostDialog').hide()");
        }
    }

    private boolean move(String reason) {
        try {
            var moved = opportunities.moveToStage(movingId, movingVersion, movingTo, reason);
            Texts.info("opportunity.board.message.moved", moved.getName(), stages.label(movingTo));
            if (stages.isWon(movingTo)) {
                offerContract(moved.getId());
            }
            movingId = null;
            load();
            return true;
        } catch (InvalidOpportunityException e) {
            e.getProblems().forEach(problem -> Texts.error("OpportunityError." + problem.error().name(),
                    problem.arguments().toArray()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (StaleOpportunityException e) {
            Texts.error("opportunity.board.message.stale");
            load();
        } catch (RecordNotFoundException e) {
            Texts.error("opportunity.message.notFound");
            load();
        }
        return false;
    }

    /** Opens the contract dialog filled from a deal just won, so its contract follows at once. */
    private void offerContract(long dealId) {
        contractEditor.startFromDeal(dealId);
        PrimeFaces.current().ajax().update(":contractForm", ":contractDialogTitle");
        PrimeFaces.current().executeScript("PF('contractDialog').show()");
    }

    /** Returns the month filter's choices: every month, then a range around this month. */
    public List<SelectItem> getMonths() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter label = DateTimeFormatter.ofPattern(Texts.get("opportunity.board.monthPattern"), locale);
        YearMonth now = YearMonth.from(CompanyCalendar.current().today());
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", Texts.get("opportunity.board.allMonths")));
        for (int i = -MONTHS_BACK; i <= MONTHS_AHEAD; i++) {
            YearMonth month = now.plusMonths(i);
            items.add(new SelectItem(month.toString(), label.format(month)));
        }
        return items;
    }

    public List<BoardColumn> getColumns() {
        return columns;
    }

    public Funnel getTotals() {
        return totals;
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

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }

    /** Returns whether the caller may pick another owner than themselves. */
    public boolean isOwnerFilterShown() {
        return ownerChoices.isUseful() || access.currentUser().getRole() != Role.SALES;
    }
}
