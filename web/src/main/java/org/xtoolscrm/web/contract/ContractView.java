package org.xtoolscrm.web.contract;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.contract.Contract;
import org.xtoolscrm.contract.ContractService;
import org.xtoolscrm.contract.ContractStatus;
import org.xtoolscrm.contract.InvalidContractException;
import org.xtoolscrm.contract.PaymentArithmetic;
import org.xtoolscrm.contract.PaymentService;
import org.xtoolscrm.contract.StaleContractException;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.web.RecordPages;
import org.xtoolscrm.web.Texts;

/**
 * Backs contract/view.xhtml, which shows a contract and everything that follows it on one
 * screen. A missing, malformed or invisible id returns 404, so the page never shows a
 * contract outside the caller's scope. The tabs read the contract's id here.
 */
@Named
@ViewScoped
public class ContractView implements Serializable {

    @EJB
    private ContractService contracts;

    @EJB
    private PaymentService payments;

    @EJB
    private OpportunityService opportunities;

    private String id;
    private String tab;
    private Contract contract;
    private PaymentArithmetic.Summary summary;
    private String dealName;
    private List<ChangeEntry> history;

    public void load() throws IOException {
        try {
            contract = contracts.get(Long.parseLong(id == null ? "" : id.strip()));
            summary = payments.summary(contract.getId());
            dealName = dealNameOf(contract.getOpportunityId());
            history = null;
        } catch (NumberFormatException | RecordNotFoundException e) {
            RecordPages.notFound();
        }
    }

    /** Returns the name of the deal the contract came from, or null when it has none or the caller may not see it. */
    private String dealNameOf(Long opportunityId) {
        if (opportunityId == null) {
            return null;
        }
        try {
            Opportunity deal = opportunities.get(opportunityId);
            return deal.getName();
        } catch (RecordNotFoundException e) {
            return null;
        }
    }

    /** Loads the contract again after a change. Returns 404 when the caller can no longer see it. */
    public void reload() throws IOException {
        load();
    }

    /** Moves the contract to another status from the buttons at the top of the page. */
    public void changeStatus(ContractStatus status) throws IOException {
        try {
            contracts.changeStatus(contract.getId(), contract.getVersion(), status);
            Texts.info("contract.message.statusChanged", Texts.get("ContractStatus." + status.name()));
        } catch (InvalidContractException e) {
            e.getProblems().forEach(problem -> Texts.errorText(ContractErrors.text(problem)));
        } catch (StaleContractException e) {
            Texts.error("contract.message.staleStatus");
        } catch (RecordNotFoundException e) {
            RecordPages.notFound();
            return;
        }
        load();
    }

    /** Moves the contract to the recycle bin and returns to the list; a stale page gets the fresh contract instead. */
    public String delete() throws IOException {
        try {
            contracts.delete(contract.getId(), contract.getVersion());
        } catch (StaleContractException e) {
            Texts.error("contract.message.staleDelete", contract.getNumber());
            load();
            return null;
        } catch (RecordNotFoundException e) {
            RecordPages.notFound();
            return null;
        }
        Texts.flashInfo("contract.message.deleted", contract.getNumber());
        return "/contract/list?faces-redirect=true";
    }

    /** Returns the statuses the contract may move to from its current one. */
    public List<ContractStatus> getNextStatuses() {
        return Arrays.stream(ContractStatus.values()).filter(status -> status != contract.getStatus())
                .toList();
    }

    /** Returns the change log of the contract, newest first, read when the tab first shows it. */
    public List<ChangeEntry> getHistory() {
        if (history == null) {
            history = contracts.history(contract.getId());
        }
        return history;
    }

    /**
     * Opens the tab named in the {@code tab} request parameter, such as {@code payments} for
     * the tab with id {@code payments-tab}. It runs before the first render, since the tabs
     * do not exist yet when the view action runs.
     */
    public void openTab() {
        RecordPages.openTab(tab);
    }

    /** Returns the id of the contract on the page, for the tabs. */
    public long getContractId() {
        return contract.getId();
    }

    public Contract getContract() {
        return contract;
    }

    /** Returns the contract's money: instalments, payments, outstanding and overdue amounts. */
    public PaymentArithmetic.Summary getSummary() {
        return summary;
    }

    public String getDealName() {
        return dealName;
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
