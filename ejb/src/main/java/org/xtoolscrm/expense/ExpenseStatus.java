package org.xtoolscrm.expense;

/**
 * Where an expense stands in its approval. Only {@link #APPROVED} expenses count in
 * totals.
 */
public enum ExpenseStatus {
    /** Waiting for a decision; the filer may still edit or delete it. */
    SUBMITTED,
    /** Approved by a Manager or a Boss; locked from then on. */
    APPROVED,
    /** Rejected with a reason; editing it submits it again. */
    REJECTED
}
