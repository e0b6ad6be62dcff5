package org.xtoolscrm.dictionary;

/**
 * The end of a deal that a final opportunity stage marks. The names are stored in
 * {@code dictionary_option.stage_outcome}. An open stage has none.
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
