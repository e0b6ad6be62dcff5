package org.xtoolscrm.web.dictionary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;
import org.xtoolscrm.web.Texts;

/**
 * Shows a rejected dictionary change in the user's language: the text of the bundle key
 * {@code DictionaryError.<NAME>}, next to the form field at fault when the form has it, and
 * as a message for the whole page otherwise.
 */
final class DictionaryErrors {

    private DictionaryErrors() {
    }

    /**
     * Adds the message and marks the request as failed validation, so that a dialog's
     * {@code oncomplete} keeps the dialog open.
     *
     * @param formId the id of the form whose fields carry the names that
     *               {@link InvalidDictionaryOptionException#getField()} returns, or null for a page message
     */
    static void show(InvalidDictionaryOptionException e, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.get("DictionaryError." + e.getError().name(), e.getArguments());

        context.addMessage(fieldClientId(context, formId, e.getField()),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /** Returns the client id of the field's component when the page renders it, else null. */
    private static String fieldClientId(FacesContext context, String formId, String field) {
        if (formId == null || field == null) {
            return null;
        }
        String clientId = formId + ":" + field;
        UIComponent component = context.getViewRoot().findComponent(":" + clientId);
        return component != null && component.isRendered() ? clientId : null;
    }
}
