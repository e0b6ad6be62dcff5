package org.xtoolscrm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.company.CompanyCalendar;
import org.xtoolscrm.contract.ContractRow;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.opportunity.InvalidOpportunityException;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.StageChangeRow;
import org.xtoolscrm.opportunity.StaleOpportunityException;
import org.xtoolscrm.web.RecordPages;
import org.xtoolscrm.web.Texts;

/**
 * Backs opportunity/view.xhtml. A missing, malformed or invisible id returns 404, so the
 * page never shows a deal outside the caller's scope. The tabs read the deal's id here.
 */
@Named
@ViewScoped
public class OpportunityView implements Serializable {

    @EJB
    private OpportunityService opportunities;

    @EJB
    private ContractService contracts;

    @Inject
    private OpportunityStages stages;

    private String id;
    private String tab;
    private Opportunity opportunity;
    private List<StageChangeRow> stageHistory = List.of();
    private List<ChangeEntry> history;
    private List<ContractRow> contractRows;
    /** The LOST stage the user is moving the deal to, while the reason dialog is open. */
    private String movingTo;
    private String lostReason;

    public void load() throws IOException {
        try {
            opportunity = opportunities.get(Long.parseLong(id == null ? "" : id.strip()));
            stageHistory = opportunities.stageHistory(opportunity.getId());
            history = null;
            contractRows = null;
        } catch (NumberFormatException | RecordNotFoundException e) {
            RecordPages.notFound();
        }
    }

    /**
     * Moves the deal to a stage from the stage path. A LOST stage first requests the reason,
     * in a dialog that calls {@link #confirmLost}.
     */
    public void moveTo(String stageCode) throws IOException {
        if (stages.isLost(stageCode)) {
            movingTo = stageCode;
            lostReason = null;
            PrimeFaces.current().executeScript("PF('lostDialog').show()");
            return;
        }
        move(stageCode, null);
    }

    /** Moves the deal to the LOST stage chosen in {@link #moveTo}, with the reason from the dialog. */
    public void confirmLost() throws IOException {
        if (movingTo != null && move(movingTo, lostReason)) {
            // The dialog shows a rejected reason itself; the page shows the move once it is done.
            PrimeFaces.current().ajax().update(":messages");
            PrimeFaces.current().executeScript("PF('lostDialog').hide()");
            movingTo = null;
        }
    }

    private boolean move(String stageCode, String reason) throws IOException {
        try {
            opportunities.moveToStage(opportunity.getId(), opportunity.getVersion(), stageCode, reason);
            Texts.info("opportunity.message.moved", stages.label(stageCode));
            load();
            return true;
        } catch (InvalidOpportunityException e) {
            e.getProblems().forEach(problem -> Texts.error("OpportunityError." + problem.error().name(),
                    problem.arguments().toArray()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (StaleOpportunityException e) {
            Texts.error("opportunity.message.staleMove");
            load();
        } catch (RecordNotFoundException e) {
            RecordPages.notFound();
        }
        return false;
    }

    /** Moves the deal to the recycle bin and returns to the list; a stale page gets the fresh deal instead. */
    public String delete() throws IOException {
        try {
            opportunities.delete(opportunity.getId(), opportunity.getVersion());
        } catch (StaleOpportunityException e) {
            Texts.error("opportunity.message.staleDelete", opportunity.getName());
            load();
            return null;
        } catch (RecordNotFoundException e) {
            RecordPages.notFound();
            return null;
        }
        Texts.flashInfo("opportunity.message.deleted", opportunity.getName());
        return "/opportunity/list?faces-redirect=true";
    }

    /** Returns the change log of the deal, newest first, read when the tab first shows it. */
    public List<ChangeEntry> getHistory() {
        if (history == null) {
            history = opportunities.history(opportunity.getId());
        }
        return history;
    }

    /** Returns whether the deal is won, so the page offers a contract from it. */
    public boolean isWon() {
        return opportunity.getOutcome() == OpportunityOutcome.WON;
    }

    /** Returns the contracts made from the deal that the caller may see, newest first. */
    public List<ContractRow> getContracts() {
        if (contractRows == null) {
            contractRows = contracts.findForDeal(opportunity.getId());
        }
        return contractRows;
    }

    public List<StageChangeRow> getStageHistory() {
        return stageHistory;
    }

    /** Returns the deal's amount weighted by its stage's probability, in its own currency. */
    public BigDecimal getWeightedAmount() {
        return opportunity.getAmount().multiply(BigDecimal.valueOf(stages.probability(opportunity.getStage())))
                .movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Returns the whole days the deal has spent in its current stage, in the company's time zone. */
    public long getDaysInStage() {
        CompanyCalendar calendar = CompanyCalendar.current();
        return Math.max(0, ChronoUnit.DAYS.between(calendar.dateOf(opportunity.getStageSince()), calendar.today()));
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }

    /** Loads the deal again after a change. Returns 404 when the caller can no longer see it. */
    public void reload() throws IOException {
        load();
    }

    /**
     * Opens the tab named in the {@code tab} request parameter, such as {@code quotes} for the
     * tab with id {@code quotes-tab}. It runs before the first render, since the tabs do not
     * exist yet when the view action runs.
     */
    public void openTab() {
        RecordPages.openTab(tab);
    }

    /** Returns the id of the deal on the page, for the tabs. */
    public long getOpportunityId() {
        return opportunity.getId();
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }
}
