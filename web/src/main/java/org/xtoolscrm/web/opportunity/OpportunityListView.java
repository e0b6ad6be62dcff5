package org.xtoolscrm.web.opportunity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.xtoolscrm.access.AccessService;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.opportunity.OpportunityFilter;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityService;

/**
 * Backs opportunity/list.xhtml: the deals the user may see, filtered by outcome, stage,
 * owner, expected signing dates and a search over the deal's and the customer's names.
 * The funnel links here with a stage, an owner filter and a period in the URL.
 */
@Named
@ViewScoped
public class OpportunityListView implements Serializable {

    @EJB
    private OpportunityService opportunities;

    @EJB
    private AccountService accounts;

    @EJB
    private AccessService access;

    private OpportunityLazyModel model;
    private OwnerChoices ownerChoices;
    private String owner = OwnerChoices.VISIBLE;
    private String stage;
    private LocalDate expectedFrom;
    private LocalDate expectedTo;
    private String search;
    private OpportunityOutcome outcome = OpportunityOutcome.OPEN;

    @PostConstruct
    void init() {
        model = new OpportunityLazyModel(opportunities, null);
        ownerChoices = new OwnerChoices(access.currentUser().getId(), accounts.assignableOwners());
    }

    /** Applies the filters to the list; the page calls it after each change and on the first load. */
    public void apply() {
        model.setFilter(new OpportunityFilter(outcome, blankToNull(stage), ownerChoices.filterOf(owner),
                expectedFrom, expectedTo, search));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public OpportunityLazyModel getModel() {
        return model;
    }

    public OwnerChoices getOwnerChoices() {
        return ownerChoices;
    }

    public OpportunityOutcome[] getOutcomes() {
        return OpportunityOutcome.values();
    }

    public OpportunityOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(OpportunityOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getStage() {
        return stage;
    }

    /** Sets the stage filter; a stage given in the URL also shows deals of every outcome in it. */
    public void setStage(String stage) {
        this.stage = stage;
    }

    public LocalDate getExpectedFrom() {
        return expectedFrom;
    }

    public void setExpectedFrom(LocalDate expectedFrom) {
        this.expectedFrom = expectedFrom;
    }

    public LocalDate getExpectedTo() {
        return expectedTo;
    }

    public void setExpectedTo(LocalDate expectedTo) {
        this.expectedTo = expectedTo;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
