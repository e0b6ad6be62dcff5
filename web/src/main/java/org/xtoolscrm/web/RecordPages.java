package org.xtoolscrm.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.tabview.TabView;

/**
 * Helpers shared by the pages of one record (a customer, a deal, a contract): the 404
 * response for a record the caller may not see, and opening the tab a link names.
 */
public final class RecordPages {

    private RecordPages() {
    }

    /** Sends 404 for the request, as for a record that does not exist. */
    public static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        context.responseComplete();
    }

    /**
     * Opens the tab named in a {@code tab} request parameter, such as {@code payments} for the
     * tab with id {@code payments-tab} in the tab view {@code tabs}. It runs before the first
     * render, because the tabs do not exist yet when the view action runs. A postback keeps
     * the tab the user chose.
     */
    public static void openTab(String tab) {
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
}
