package org.xtoolscrm.expense;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of approving or rejecting several expenses at once.
 *
 * @param decided           expenses that got the decision
 * @param changedMeanwhile  expenses left alone because someone decided on or edited them
 *                          after the caller's list showed them; never overwritten
 * @param notAllowed        expenses left alone because the caller may not decide on them
 * @param deleted           expenses left alone because they are in the recycle bin or no longer exist
 */
public record DecisionResult(int decided, List<ExpenseSummary> changedMeanwhile, int notAllowed, int deleted)
        implements Serializable {

    public DecisionResult {
        changedMeanwhile = List.copyOf(changedMeanwhile);
    }

    /** Returns how many expenses were left alone, for whatever reason. */
    public int skipped() {
        return changedMeanwhile.size() + notAllowed + deleted;
    }
}
