package org.xtoolscrm.web.expense;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.audit.ChangeEntry;
import org.xtoolscrm.expense.Expense;
import org.xtoolscrm.expense.ExpenseProblem;
import org.xtoolscrm.expense.ExpenseRow;
import org.xtoolscrm.expense.ExpenseRules;
import org.xtoolscrm.expense.ExpenseService;
import org.xtoolscrm.expense.ExpenseStatus;
import org.xtoolscrm.expense.ExpenseTotal;
import org.xtoolscrm.expense.InvalidExpenseException;
import org.xtoolscrm.expense.StaleExpenseException;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * Backs the expenses tab of the customer 360 view (customer/tab/expenses.xhtml): the
 * customer's expenses with their totals, and recording, editing and deleting expenses
 * in a dialog. The service decides who may do what; the page only hides buttons that
 * would be refused.
 */
@Named
@ViewScoped
public class ExpenseTabView implements Serializable {

    /** The client id of the dialog's form; its field ids are the field names of {@link ExpenseProblem}. */
    static final String FORM_ID = "tabs:expense-form";

    /** The components a change on the tab refreshes besides the dialog. */
    private static final String[] REFRESHED = {"messages", "tabs:expenses"};

    @EJB
    private ExpenseService expenses;

    @Inject
    private CustomerView customerView;

    @Inject
    private Formats formats;

    private ExpenseLazyModel model;
    private List<ExpenseTotal> totals = List.of();
    private ExpenseForm form = new ExpenseForm();
    private List<ChangeEntry> history = List.of();

    @PostConstruct
    void init() {
        model = ExpenseLazyModel.ofCustomer(expenses, customerView.getCustomerId());
        loadTotals();
    }

    public void startNew() {
        form = ExpenseForm.newExpense(getToday());
    }

    public void startEdit(ExpenseRow row) {
        try {
            form = ExpenseForm.of(expenses.get(row.getId()));
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    /** Checks every field on the page first, so all invalid fields show at once, then saves through the service. */
    public void save() {
        List<ExpenseProblem> problems = ExpenseRules.problems(form.toInput(), getToday());
        if (!problems.isEmpty()) {
            ExpenseErrors.show(problems, FORM_ID);
            return;
        }
        try {
            if (form.isNewExpense()) {
                expenses.create(customerView.getCustomerId(), form.toInput());
                Texts.info("expense.message.created");
            } else {
                Expense saved = expenses.update(form.getId(), form.getVersion(), form.toInput());
                Texts.info(form.isRejected() && saved.getStatus() == ExpenseStatus.SUBMITTED
                        ? "expense.message.resubmitted" : "expense.message.saved");
            }
            form = new ExpenseForm();
            refresh();
        } catch (InvalidExpenseException e) {
            ExpenseErrors.show(e.getProblems(), FORM_ID);
        } catch (StaleExpenseException e) {
            Texts.error("expense.message.stale");
            FacesContext.getCurrentInstance().validationFailed();
            reloadForm();
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    public void delete(ExpenseRow row) {
        try {
            expenses.delete(row.getId(), row.getVersion());
            Texts.info("expense.message.deleted");
        } catch (InvalidExpenseException e) {
            ExpenseErrors.show(e.getProblems(), null);
        } catch (StaleExpenseException e) {
            Texts.error("expense.message.staleDelete");
        } catch (RecordNotFoundException e) {
            Texts.error("expense.message.notFound");
        }
        loadTotals();
    }

    public void showHistory(ExpenseRow row) {
        try {
            history = expenses.history(row.getId());
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    private void reloadForm() {
        try {
            form = ExpenseForm.of(expenses.get(form.getId()));
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    private void refresh() {
        loadTotals();
        PrimeFaces.current().ajax().update(REFRESHED);
    }

    private void notFound() {
        Texts.error("expense.message.notFound");
        FacesContext.getCurrentInstance().validationFailed();
        loadTotals();
        PrimeFaces.current().ajax().update(REFRESHED);
    }

    private void loadTotals() {
        totals = expenses.totalsForCustomer(customerView.getCustomerId());
    }

    /** Returns the sum of the approved expenses, per currency; the only sum that counts as spent. */
    public String getApprovedTotal() {
        return ExpenseAmounts.format(ofStatus(ExpenseStatus.APPROVED), formats);
    }

    /** Returns the sum of the expenses waiting for a decision, per currency. */
    public String getSubmittedTotal() {
        return ExpenseAmounts.format(ofStatus(ExpenseStatus.SUBMITTED), formats);
    }

    public long getSubmittedCount() {
        return ofStatus(ExpenseStatus.SUBMITTED).stream().mapToLong(ExpenseTotal::count).sum();
    }

    private List<ExpenseTotal> ofStatus(ExpenseStatus status) {
        return totals.stream().filter(total -> total.status() == status).toList();
    }

    /** Returns today in the company's time zone, the latest date the date picker offers. */
    public LocalDate getToday() {
        return LocalDate.now(formats.zone());
    }

    public LocalDate getMinDate() {
        return ExpenseRules.MIN_DATE;
    }

    public ExpenseLazyModel getModel() {
        return model;
    }

    public ExpenseForm getForm() {
        return form;
    }

    public List<ChangeEntry> getHistory() {
        return history;
    }
}
