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
import org.xtoolscrm.opportunity.detail.Requirement;
import org.xtoolscrm.opportunity.detail.RequirementForm;
import org.xtoolscrm.opportunity.detail.RequirementImportance;
import org.xtoolscrm.opportunity.detail.RequirementRow;
import org.xtoolscrm.opportunity.detail.RequirementRules;
import org.xtoolscrm.opportunity.detail.RequirementService;
import org.xtoolscrm.opportunity.detail.StaleDetailException;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.opportunity.OpportunityView;

/**
 * Backs opportunity/tab/requirements.xhtml: the deal's requirements and the dialog that
 * adds and edits them. A requirement that someone else saved in the meantime is never
 * overwritten: the dialog shows a message and the latest version.
 */
@Named
@ViewScoped
public class RequirementTabView implements Serializable {

    /** The client id of the dialog's form, whose field ids are the field names of the problems. */
    static final String FORM_ID = "tabs:requirement-form";

    @Inject
    private OpportunityView view;

    @EJB
    private RequirementService requirements;

    private DetailLazyModel<RequirementRow> model;

    /** The requirement in the dialog, or null for a new one. */
    private Long requirementId;
    private int requirementVersion;
    private RequirementForm form = new RequirementForm();

    public DetailLazyModel<RequirementRow> getRequirements() {
        if (model == null) {
            long dealId = view.getOpportunityId();
            RequirementService service = requirements;
            model = new DetailLazyModel<>(dealId, () -> service.count(dealId),
                    (first, size) -> service.findPage(dealId, first, size));
        }
        return model;
    }

    public void startNew() {
        requirementId = null;
        requirementVersion = 0;
        form = new RequirementForm();
    }

    public void startEdit(long id) {
        try {
            fill(requirements.get(id));
        } catch (RecordNotFoundException e) {
            Texts.error("requirement.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * Checks every field on the page first, so all invalid fields show at once, then saves
     * through the service. The dialog stays open when a field is rejected or the requirement was stale.
     */
    public void save() {
        List<DetailProblem> problems = RequirementRules.problems(form);
        if (!problems.isEmpty()) {
            DetailMessages.show(problems, FORM_ID, null);
            return;
        }
        try {
            if (requirementId == null) {
                requirements.create(view.getOpportunityId(), form);
                Texts.info("requirement.message.added");
            } else {
                requirements.update(requirementId, requirementVersion, form);
                Texts.info("requirement.message.saved");
            }
            startNew();
        } catch (InvalidDetailException e) {
            DetailMessages.show(e.getProblems(), FORM_ID, null);
        } catch (StaleDetailException e) {
            Texts.error("requirement.message.stale");
            reloadStale();
        } catch (RecordNotFoundException e) {
            Texts.error("requirement.message.notFound");
            startNew();
        }
    }

    public void delete(RequirementRow row) {
        try {
            requirements.delete(row.getId(), row.getVersion());
            Texts.info("requirement.message.deleted");
        } catch (StaleDetailException e) {
            Texts.error("requirement.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("requirement.message.notFound");
        }
    }

    private void reloadStale() {
        try {
            fill(requirements.get(requirementId));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RecordNotFoundException gone) {
            Texts.error("requirement.message.notFound");
            startNew();
        }
    }

    private void fill(Requirement requirement) {
        requirementId = requirement.getId();
        requirementVersion = requirement.getVersion();
        form = RequirementForm.of(requirement);
    }

    /** Returns whether the dialog edits an existing requirement rather than adding one. */
    public boolean isEditing() {
        return requirementId != null;
    }

    public RequirementForm getForm() {
        return form;
    }

    public RequirementImportance[] getImportances() {
        return RequirementImportance.values();
    }

    public int getTitleMax() {
        return Requirement.TITLE_MAX;
    }

    public int getDescriptionMax() {
        return Requirement.DESCRIPTION_MAX;
    }
}
