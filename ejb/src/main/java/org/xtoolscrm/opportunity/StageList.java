package org.xtoolscrm.opportunity;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The stages of the list OPPORTUNITY_STAGE in their order, disabled ones included, since
 * deals may still sit in a stage a Boss has disabled since.
 */
public record StageList(List<Stage> stages) implements Serializable {

    public StageList {
        stages = List.copyOf(stages);
    }

    public Optional<Stage> find(String code) {
        return stages.stream().filter(stage -> stage.code().equals(code)).findFirst();
    }

    /** Returns the stages a deal may be moved into: the enabled ones. */
    public List<Stage> choosable() {
        return stages.stream().filter(Stage::enabled).toList();
    }

    /** Returns the open stages, enabled or not, in order: the columns of the board and the rows of the funnel. */
    public List<Stage> open() {
        return stages.stream().filter(Stage::isOpen).toList();
    }

    /** Returns the stage with the given outcome, WON or LOST. */
    public Optional<Stage> withOutcome(OpportunityOutcome outcome) {
        return stages.stream().filter(stage -> stage.outcome() == outcome).findFirst();
    }
}
