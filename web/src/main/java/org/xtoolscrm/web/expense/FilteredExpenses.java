package org.xtoolscrm.web.expense;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.expense.ExpenseFilter;
import org.xtoolscrm.expense.ExpenseRights;
import org.xtoolscrm.expense.ExpenseService;
import org.xtoolscrm.expense.ExpenseStatus;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.OwnerOption;
import org.xtoolscrm.web.Texts;

/**
 * The part the expense list and the approval list share: the filter fields, the lazy
 * table they drive and the totals of every matching row by status.
 */
public abstract class FilteredExpenses implements Serializable {

    @EJB
    protected ExpenseService expenses;

    @EJB
    private AccountService accounts;

    @Inject
    protected Formats formats;

    private ExpenseFilterForm filter;
    private ExpenseLazyModel model;
    private List<ExpenseAmounts> totals = List.of();
    private List<OwnerOption> filers;
    private ExpenseRights rights;

    /** Sets up the list with its first filter; subclasses call it from their {@code @PostConstruct}. */
    protected void init(ExpenseStatus initialStatus) {
        rights = expenses.rights();
        filter = new ExpenseFilterForm(initialStatus);
        model = ExpenseLazyModel.matching(expenses, filter.toFilter(decidableOnly()));
        filers = accounts.assignableOwners().stream()
                .filter(user -> !decidableOnly() || rights.mayDecideFor(user.getId()))
                .map(OwnerOption::of)
                .toList();
        loadTotals();
    }

    /** Returns whether the list holds only expenses whose filer the caller decides on. */
    protected abstract boolean decidableOnly();

    /** Applies the filter fields to the table and the totals. */
    public void applyFilter() {
        if (filter.isPeriodReversed()) {
            Texts.error("expense.filter.message.period");
        }
        model.setFilter(filter.toFilter(decidableOnly()));
        loadTotals();
    }

    public void clearFilter() {
        filter = new ExpenseFilterForm();
        applyFilter();
    }

    protected void loadTotals() {
        totals = ExpenseAmounts.byStatus(expenses.totals(model.getFilter()), formats);
    }

    /** Returns the filter the table shows, for decisions on every matching row. */
    protected ExpenseFilter currentFilter() {
        return model.getFilter();
    }

    protected ExpenseRights rights() {
        return rights;
    }

    public ExpenseFilterForm getFilter() {
        return filter;
    }

    public ExpenseLazyModel getModel() {
        return model;
    }

    public List<ExpenseAmounts> getTotals() {
        return totals;
    }

    /** Returns the users the list may be filtered by: those in the caller's scope, or those they decide on. */
    public List<OwnerOption> getFilers() {
        return filers;
    }

    /**
     * Returns whether to show the filer filter, which a salesperson does not need because
     * their scope contains only themselves.
     */
    public boolean isFilerFilterShown() {
        return filers.size() > 1;
    }

    public ExpenseStatus[] getStatuses() {
        return ExpenseStatus.values();
    }
}
