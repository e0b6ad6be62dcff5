package org.xtoolscrm.web.expense;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.expense.DecisionResult;
import org.xtoolscrm.expense.ExpenseDecision;
import org.xtoolscrm.expense.ExpenseRow;
import org.xtoolscrm.expense.ExpenseStatus;
import org.xtoolscrm.expense.ExpenseSummary;
import org.xtoolscrm.expense.InvalidExpenseException;
import org.xtoolscrm.web.Texts;

/**
 * Backs expense/approval.xhtml, which web.xml opens to Managers and Bosses: the
 * expenses whose filer the caller decides on, submitted ones first by default, and
 * approving or rejecting the selected rows or every matching row.
 */
@Named
@ViewScoped
public class ExpenseApprovalView extends FilteredExpenses {

    /** The id of the decision dialog's form, whose reason field shows a rejected reason's message. */
    static final String FORM_ID = "decision-form";

    /** How many skipped expenses the result message names one by one; the rest it counts. */
    static final int NAMED_SKIPS = 10;

    private List<ExpenseRow> selected = new ArrayList<>();
    private boolean allMatching;
    private ExpenseDecision decision = ExpenseDecision.APPROVE;
    private String reason;

    @PostConstruct
    void init() {
        init(ExpenseStatus.SUBMITTED);
    }

    @Override
    protected boolean decidableOnly() {
        return true;
    }

    /** Opens the decision dialog for approving or rejecting. */
    public void start(ExpenseDecision chosen) {
        decision = chosen;
        reason = null;
        allMatching = false;
    }

    /** Decides on the selection or on every matching row and reports what happened to each. */
    public void submit() {
        if (!allMatching && selected.isEmpty()) {
            Texts.error("expense.approval.message.nothingSelected");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        DecisionResult result;
        try {
            result = allMatching
                    ? expenses.decideMatching(currentFilter(), decision, reason)
                    : expenses.decide(selected.stream().map(ExpenseRow::key).toList(), decision, reason);
        } catch (InvalidExpenseException e) {
            ExpenseErrors.show(e.getProblems(), FORM_ID);
            return;
        }
        report(result);
        selected = new ArrayList<>();
        allMatching = false;
        reason = null;
        loadTotals();
        PrimeFaces.current().ajax().update("approval", "totals-form", "messages");
    }

    private void report(DecisionResult result) {
        if (result.decided() == 0 && result.skipped() == 0) {
            Texts.warn("expense.approval.message.nothingMatches");
            return;
        }
        Texts.info(decision == ExpenseDecision.APPROVE ? "expense.approval.message.approved"
                : "expense.approval.message.rejected", result.decided(), result.skipped());
        List<ExpenseSummary> changed = result.changedMeanwhile();
        for (ExpenseSummary summary : changed.subList(0, Math.min(changed.size(), NAMED_SKIPS))) {
            Texts.warn("expense.approval.message.changedMeanwhile", describe(summary), state(summary));
        }
        if (changed.size() > NAMED_SKIPS) {
            Texts.warn("expense.approval.message.moreChanged", changed.size() - NAMED_SKIPS);
        }
        if (result.notAllowed() > 0) {
            Texts.warn("expense.approval.message.notAllowed", result.notAllowed());
        }
        if (result.deleted() > 0) {
            Texts.warn("expense.approval.message.deleted", result.deleted());
        }
    }

    /** Names an expense as the list shows it: customer, date, amount and currency. */
    private String describe(ExpenseSummary summary) {
        return summary.customerName() + " · " + summary.date() + " · " + formats.money(summary.amount()) + " "
                + summary.currency();
    }

    /** Describes the current status of a skipped expense, such as "Approved by Li Na". */
    private static String state(ExpenseSummary summary) {
        String status = Texts.get("ExpenseStatus." + summary.status().name());
        return summary.decidedByName() == null ? status
                : Texts.get("expense.approval.label.statusBy", status, summary.decidedByName());
    }

    /** Returns the label of the "all matching" option, with how many submitted expenses it decides on. */
    public String getAllMatchingLabel() {
        return Texts.get("expense.approval.label.allMatching",
                expenses.count(currentFilter().withStatus(ExpenseStatus.SUBMITTED)));
    }

    public List<ExpenseRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ExpenseRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public boolean isAllMatching() {
        return allMatching;
    }

    public void setAllMatching(boolean allMatching) {
        this.allMatching = allMatching;
    }

    public ExpenseDecision getDecision() {
        return decision;
    }

    public boolean isRejecting() {
        return decision == ExpenseDecision.REJECT;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
