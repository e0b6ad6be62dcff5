package org.xtoolscrm.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;

/**
 * Adds error messages next to the fields of a form, found by the form's id and the
 * field's id, wherever the form sits in the page, such as inside a tab of the customer
 * view. A field the page does not render gets a message for the whole form instead.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * Adds the error next to the field and marks the request as failed validation, so a
     * dialog's {@code oncomplete} keeps the dialog open.
     *
     * @param field the id of the field inside the form, or null for a message of the whole form
     */
    public static void error(String formId, String field, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(fieldClientId(context, formId, field),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    /** Returns the client id of the field when the page renders it, else null. */
    private static String fieldClientId(FacesContext context, String formId, String field) {
        if (field == null) {
            return null;
        }
        UIComponent form = findForm(context, formId);
        UIComponent component = form == null ? null : form.findComponent(field);
        return component != null && component.isRendered() ? component.getClientId(context) : null;
    }

    private static UIComponent findForm(FacesContext context, String formId) {
        UIComponent[] found = new UIComponent[1];
        // Skipping iteration keeps tables from loading their rows during the search.
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_ITERATION));
        context.getViewRoot().visitTree(visit, (visitContext, component) -> {
            if (component instanceof UIForm && formId.equals(component.getId())) {
                found[0] = component;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }
}
