package org.xtoolscrm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.xtoolscrm.opportunity.OpportunityOutcome;
import org.xtoolscrm.opportunity.OpportunityService;
import org.xtoolscrm.opportunity.Stage;
import org.xtoolscrm.opportunity.StageList;

/**
 * The opportunity stages for pages: labels in the page's language, probabilities and
 * outcomes. The list is read once per request.
 */
@Named
@RequestScoped
public class OpportunityStages {

    @EJB
    private OpportunityService opportunities;

    private StageList stages;

    public StageList getList() {
        if (stages == null) {
            stages = opportunities.stages();
        }
        return stages;
    }

    /** Returns the stages a deal may be moved into, in order. */
    public List<Stage> getChoosable() {
        return getList().choosable();
    }

    /** Returns the open stages in order: the columns of the board. */
    public List<Stage> getOpen() {
        return getList().open();
    }

    /** Returns the label of a stage code in the page's language, or the code when the stage is gone. */
    public String label(String code) {
        if (code == null) {
            return "";
        }
        return getList().find(code).map(stage -> stage.label(locale())).orElse(code);
    }

    public String label(Stage stage) {
        return stage.label(locale());
    }

    /** Returns the win probability of a stage in percent, or 0 when the stage is gone. */
    public int probability(String code) {
        return getList().find(code).map(Stage::probability).orElse(0);
    }

    /** Returns whether a stage code is a LOST stage, which requires a reason. */
    public boolean isLost(String code) {
        return code != null && getList().find(code).map(stage -> stage.outcome() == OpportunityOutcome.LOST)
                .orElse(false);
    }

    /** Returns whether a stage code is a WON stage, after which the deal's contract follows. */
    public boolean isWon(String code) {
        return code != null && getList().find(code).map(stage -> stage.outcome() == OpportunityOutcome.WON)
                .orElse(false);
    }

    /** Returns the style class of a stage's tag: open, won or lost. */
    public String styleOf(String code) {
        OpportunityOutcome outcome = getList().find(code).map(Stage::outcome).orElse(OpportunityOutcome.OPEN);
        return "crm-stage crm-stage-" + outcome.name().toLowerCase(Locale.ROOT);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
