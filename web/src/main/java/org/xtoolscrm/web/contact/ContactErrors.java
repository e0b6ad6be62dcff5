package org.xtoolscrm.web.contact;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.xtoolscrm.contact.ContactProblem;
import org.xtoolscrm.contact.InvalidContactException;
import org.xtoolscrm.web.Texts;

/**
 * Shows a rejected contact in the user's language: for each broken rule the text of the
 * bundle key {@code ContactError.<NAME>}, next to the dialog field at fault.
 */
final class ContactErrors {

    private ContactErrors() {
    }

    /**
     * Adds one message per problem and marks the request as failed validation, so that the
     * dialog's {@code oncomplete} keeps the dialog open.
     *
     * @param formClientId the client id of the form whose input ids are the field names of the problems
     * @param fallbackKey  the message key under which the dialog shows a problem whose field it does not render
     */
    static void show(InvalidContactException e, String formClientId, String fallbackKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ContactProblem problem : e.getProblems()) {
            String text = Texts.get("ContactError." + problem.error().name(), problem.arguments().toArray());
            String fieldId = formClientId + ":" + problem.field();
            UIComponent field = context.getViewRoot().findComponent(":" + fieldId);

            context.addMessage(field != null && field.isRendered() ? fieldId : fallbackKey,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        context.validationFailed();
    }
}
