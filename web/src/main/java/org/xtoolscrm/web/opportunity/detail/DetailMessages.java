package org.xtoolscrm.web.opportunity.detail;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.xtoolscrm.opportunity.detail.DetailProblem;
import org.xtoolscrm.web.Texts;

/**
 * Shows rejected records in the user's language: the text of each problem's bundle key,
 * next to the dialog field at fault, and as a message for the whole dialog when the
 * dialog has no such field.
 */
final class DetailMessages {

    private DetailMessages() {
    }

    /**
     * Adds one message per problem and marks the request as failed validation, so that the
     * dialog's {@code oncomplete} keeps it open.
     *
     * @param formId  the client id of the dialog's form, whose field ids are the field names of the problems
     * @param linesId the id, inside the form, of the table of quote lines, or null for a form without lines
     */
    static void show(List<DetailProblem> problems, String formId, String linesId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (DetailProblem problem : problems) {
            String text = Texts.get(problem.error().messageKey(), problem.arguments().toArray());
            context.addMessage(clientId(context, problem, formId, linesId),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        context.validationFailed();
    }

    /** Returns the client id of the field at fault, or null for a message of the whole dialog. */
    static String clientId(FacesContext context, DetailProblem problem, String formId, String linesId) {
        if (problem.field() == null) {
            return null;
        }
        if (problem.line() != null) {
            // A row's field has the row index in its client id, and the table renders a row
            // for every line of the form, so the id always exists.
            return linesId == null ? null : formId + ":" + linesId + ":" + problem.line() + ":" + problem.field();
        }
        String clientId = formId + ":" + problem.field();
        UIComponent component = context.getViewRoot().findComponent(":" + clientId);
        return component != null && component.isRendered() ? clientId : null;
    }
}
