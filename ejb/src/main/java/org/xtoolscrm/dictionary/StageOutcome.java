package org.xtoolscrm.dictionary;

/**
 * How a final opportunity stage ends the deal. The names are stored in
 * {@code dictionary_option.stage_outcome}; an open stage has none.
 */
public enum StageOutcome {
    WON(100),
    LOST(0);

    private final int probability;

    StageOutcome(int probability) {
        this.probability = probability;
    }

    /** Returns the win probability in percent that a stage with this outcome must have. */
    public int probability() {
        return probability;
    }
}
