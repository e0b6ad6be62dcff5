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
import org.xtoolscrm.opportunity.detail.Competitor;
import org.xtoolscrm.opportunity.detail.CompetitorForm;
import org.xtoolscrm.opportunity.detail.CompetitorRow;
import org.xtoolscrm.opportunity.detail.CompetitorRules;
import org.xtoolscrm.opportunity.detail.CompetitorService;
import org.xtoolscrm.opportunity.detail.StaleDetailException;
import org.xtoolscrm.web.Texts;
import org.xtoolscrm.web.opportunity.OpportunityView;

/**
 * Backs opportunity/tab/competitors.xhtml: the deal's competitors and the dialog that
 * adds and edits them. A competitor that someone else saved in the meantime is never
 * overwritten: the dialog shows a message and the latest version.
 */
@Named
@ViewScoped
public class CompetitorTabView implements Serializable {

    /** The client id of the dialog's form, whose field ids are the field names of the problems. */
    static final String FORM_ID = "tabs:competitor-form";

    @Inject
    private OpportunityView view;

    @EJB
    private CompetitorService competitors;

    private DetailLazyModel<CompetitorRow> model;

    /** The competitor in the dialog, or null for a new one. */
    private Long competitorId;
    private int competitorVersion;
    private CompetitorForm form = new CompetitorForm();

    public DetailLazyModel<CompetitorRow> getCompetitors() {
        if (model == null) {
            long dealId = view.getOpportunityId();
            CompetitorService service = competitors;
            model = new DetailLazyModel<>(dealId, () -> service.count(dealId),
                    (first, size) -> service.findPage(dealId, first, size));
        }
        return model;
    }

    public void startNew() {
        competitorId = null;
        competitorVersion = 0;
        form = new CompetitorForm();
        form.setCurrency(view.getOpportunity().getCurrency());
    }

    public void startEdit(long id) {
        try {
            fill(competitors.get(id));
        } catch (RecordNotFoundException e) {
            Texts.error("competitor.message.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /**
     * Checks every field on the page first, so all invalid fields show at once, then saves
     * through the service. The dialog stays open when a field is rejected or the competitor was stale.
     */
    public void save() {
        List<DetailProblem> problems = CompetitorRules.problems(form);
        if (!problems.isEmpty()) {
            DetailMessages.show(problems, FORM_ID, null);
            return;
        }
        try {
            if (competitorId == null) {
                competitors.create(view.getOpportunityId(), form);
                Texts.info("competitor.message.added");
            } else {
                competitors.update(competitorId, competitorVersion, form);
                Texts.info("competitor.message.saved");
            }
            startNew();
        } catch (InvalidDetailException e) {
            DetailMessages.show(e.getProblems(), FORM_ID, null);
        } catch (StaleDetailException e) {
            Texts.error("competitor.message.stale");
            reloadStale();
        } catch (RecordNotFoundException e) {
            Texts.error("competitor.message.notFound");
            startNew();
        }
    }

    public void delete(CompetitorRow row) {
        try {
            competitors.delete(row.getId(), row.getVersion());
            Texts.info("competitor.message.deleted");
        } catch (StaleDetailException e) {
            Texts.error("competitor.message.staleList");
        } catch (RecordNotFoundException e) {
            Texts.error("competitor.message.notFound");
        }
    }

    private void reloadStale() {
        try {
            fill(competitors.get(competitorId));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (RecordNotFoundException gone) {
            Texts.error("competitor.message.notFound");
            startNew();
        }
    }

    private void fill(Competitor competitor) {
        competitorId = competitor.getId();
        competitorVersion = competitor.getVersion();
        form = CompetitorForm.of(competitor);
    }

    /** Returns whether the dialog edits an existing competitor rather than adding one. */
    public boolean isEditing() {
        return competitorId != null;
    }

    public CompetitorForm getForm() {
        return form;
    }

    public int getNameMax() {
        return Competitor.NAME_MAX;
    }

    public int getStrengthsMax() {
        return Competitor.STRENGTHS_MAX;
    }

    public int getWeaknessesMax() {
        return Competitor.WEAKNESSES_MAX;
    }
}
