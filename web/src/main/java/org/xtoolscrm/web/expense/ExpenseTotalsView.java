package org.xtoolscrm.web.expense;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.xtoolscrm.expense.ExpenseService;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.customer.CustomerView;

/**
 * The approved expenses line of the Totals panel on the customer 360 view's overview.
 * Only approved expenses count; submitted and rejected ones never do.
 */
@Named
@RequestScoped
public class ExpenseTotalsView {

    @EJB
    private ExpenseService expenses;

    @Inject
    private CustomerView customerView;

    @Inject
    private Formats formats;

    private String approved;

    /** Returns the sum of the customer's approved expenses per currency, such as "1,200.00 CNY". */
    public String getApproved() {
        if (approved == null) {
            approved = ExpenseAmounts.format(expenses.approvedTotalsForCustomer(customerView.getCustomerId()),
                    formats);
        }
        return approved;
    }
}
