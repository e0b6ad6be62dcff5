package org.xtoolscrm.web.opportunity;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.tabview.TabView;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.opportunity.Opportunity;
import org.xtoolscrm.opportunity.OpportunityService;

/**
 * Backs opportunity/view.xhtml. A missing, malformed or invisible id returns 404, so the
 * page never shows a deal outside the caller's scope. The tabs read the deal's id here.
 */
@Named
@ViewScoped
public class OpportunityView implements Serializable {

    @EJB
    private OpportunityService opportunities;

    private String id;
    private String tab;
    private Opportunity opportunity;

    public void load() throws IOException {
        try {
            opportunity = opportunities.get(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | RecordNotFoundException e) {
            notFound();
        }
    }

    /** Loads the deal again after a change. Returns 404 when the caller can no longer see it. */
    public void reload() throws IOException {
        load();
    }

    /**
     * Opens the tab named in the {@code tab} request parameter, such as {@code quotes} for the
     * tab with id {@code quotes-tab}. It runs before the first render, since the tabs do not
     * exist yet when the view action runs.
     */
    public void openTab() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (tab == null || tab.isBlank() || context.isPostback()) {
            return;
        }
        UIComponent tabs = context.getViewRoot().findComponent("tabs");
        if (tabs instanceof TabView tabView) {
            List<UIComponent> children = tabView.getChildren();
            for (int i = 0; i < children.size(); i++) {
                if ((tab.strip() + "-tab").equals(children.get(i).getId())) {
                    tabView.setActiveIndex(i);
                    return;
                }
            }
        }
    }

    static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        context.responseComplete();
    }

    /** Returns the id of the deal on the page, for the tabs. */
    public long getOpportunityId() {
        return opportunity.getId();
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }
}
