package org.xtoolscrm.expense;

/** What an approver decides on a submitted expense. */
public enum ExpenseDecision {
    APPROVE(ExpenseStatus.APPROVED),
    REJECT(ExpenseStatus.REJECTED);

    private final ExpenseStatus result;

    ExpenseDecision(ExpenseStatus result) {
        this.result = result;
    }

    /** Returns the status the expense gets. */
    public ExpenseStatus result() {
        return result;
    }
}
