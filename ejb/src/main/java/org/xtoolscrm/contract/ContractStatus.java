package org.xtoolscrm.contract;

/**
 * The stage of a contract. A draft is not signed yet. The other three are, so their
 * amounts count as signed in the totals and the ranking.
 */
public enum ContractStatus {
    DRAFT,
    EXECUTING,
    COMPLETED,
    TERMINATED;

    /** Returns whether the contract counts as signed: every status but a draft. */
    public boolean isSigned() {
        return this != DRAFT;
    }

    /** Returns whether the contract has ended, completed or terminated. */
    public boolean isFinished() {
        return this == COMPLETED || this == TERMINATED;
    }
}
