package org.xtoolscrm.web.opportunity.detail;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.opportunity.detail.DetailProblem;
import org.xtoolscrm.opportunity.detail.InvalidDetailException;
import org.xtoolscrm.opportunity.detail.Solution;
import org.xtoolscrm.opportunity.detail.SolutionForm;
import org.xtoolscrm.opportunity.detail.SolutionRow;
import org.xtoolscrm.opportunity.detail.SolutionRules;
import org.xtoolscrm.opportunity.detail.SolutionService;
import org.xtoolscrm.opportunity.detail.StaleDetailException;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.opportunity.OpportunityView;

/**
 * Backs opportunity/tab/solutions.xhtml: the deal's solutions and the dialog that
 * adds and edits them. A solution that someone else saved in the meantime is never
 * overwritten: the dialog shows a message and the latest version.
 */
@Named
@ViewScoped
public class SolutionTabView implements Serializable {

    /** The client id of the dialog's form, whose field ids are the field names of the problems. */
    static final String FORM_ID = "tabs:solution-form";

    @Inject
    private OpportunityView view;

    @EJB
    private SolutionService solutions;

    private DetailLazyModel<SolutionRow> model;

    /** The solution in the dialog, or null for a new one. */
    private Long solutionId;
    private int solutionVersion;
    private SolutionForm form = new SolutionForm();

    public DetailLazyModel<SolutionRow> getSolutions() {
        if (model == null) {
            long dealId = view.getOpportunityId();
            SolutionService service = solutions;
            model = new DetailLazyModel<>(dealId, () -> service.count(dealId),
                    (first, size) -> service.findPage(dealId, first, size));
        }
        return model;
    }

    public void startNew() {
        solutionId = null;
        solutionVersion = 0;
        form = new SolutionForm();
    }

    public void startEdit(long id) {
        try {
            fill(solutions.get(id));
        } catch (RecordNotFoundException e) {
            Texts.error("solution.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * Checks every field on the page first, so all invalid fields show at once, then saves
     * through the service. The dialog stays open when a field is rejected or the solution was stale.
     */
    public void save() {
        List<DetailProblem> problems = SolutionRules.problems(form);
        if (!problems.isEmpty()) {
            DetailMessages.show(problems, FORM_ID, null);
            return;
        }
        try {
            if (solutionId == null) {
                solutions.create(view.getOpportunityId(), form);
                Texts.info("solution.message.added");
            } else {
                solutions.update(solutionId, solutionVersion, form);
                Texts.info("solution.message.saved");
            }
            startNew();
        } catch (InvalidDetailException e) {
            DetailMessages.show(e.getProblems(), FORM_ID, null);
        } catch (StaleDetailException e) {
            Texts.error("solution.message.stale");
            reloadStale();
        } catch (RecordNotFoundException e) {
            Texts.error("solution.message.notFound");
            startNew();
        }
    }

    public void delete(SolutionRow row) {
        try {
            solutions.delete(row.getId(), row.getVersion());
            Texts.info("solution.message.deleted");
        } catch (StaleDetailException e) {
            Texts.error("solution.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("solution.message.notFound");
        }
    }

    private void reloadStale() {
        try {
            fill(solutions.get(solutionId));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RecordNotFoundException gone) {
            Texts.error("solution.message.notFound");
            startNew();
        }
    }

    private void fill(Solution solution) {
        solutionId = solution.getId();
        solutionVersion = solution.getVersion();
        form = SolutionForm.of(solution);
    }

    /** Returns whether the dialog edits an existing solution rather than adding one. */
    public boolean isEditing() {
        return solutionId != null;
    }

    public SolutionForm getForm() {
        return form;
    }

    public int getTitleMax() {
        return Solution.TITLE_MAX;
    }

    public int getDescriptionMax() {
        return Solution.DESCRIPTION_MAX;
    }
}
