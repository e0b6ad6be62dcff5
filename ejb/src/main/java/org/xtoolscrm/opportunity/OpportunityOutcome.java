package org.xtoolscrm.opportunity;

import org.xtoolscrm.dictionary.StageOutcome;

/** Whether a deal is still open, or how it ended. Stored in {@code opportunity.outcome}. */
public enum OpportunityOutcome {
    OPEN,
    WON,
    LOST;

    /** Returns the outcome of a deal in a stage whose final outcome is given, or OPEN for an open stage. */
    public static OpportunityOutcome of(StageOutcome stageOutcome) {
        if (stageOutcome == null) {
            return OPEN;
        }
        return stageOutcome == StageOutcome.WON ? WON : LOST;
    }

    public boolean isClosed() {
        return this != OPEN;
    }
}
