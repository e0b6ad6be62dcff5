package org.xtoolscrm.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import org.xtoolscrm.account.InvalidAccountException;
import org.xtoolscrm.account.Role;
import org.xtoolscrm.web.Texts;

/**
 * Shows a rejected account change in the user's language: the text of the bundle key
 * {@code AccountError.<NAME>}, next to the form field at fault when the form has it, and
 * as a message for the whole page otherwise.
 */
final class AccountErrors {

    private AccountErrors() {
    }

    /**
     * Adds the message and marks the request as failed validation, so that a dialog's
     * {@code oncomplete} keeps the dialog open.
     *
     * @param formId the id of the form whose fields carry the names that {@link InvalidAccountException#getField()}
     *               returns, or null to show the message for the whole page
     */
    static void show(InvalidAccountException e, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = Texts.get("AccountError." + e.getError().name(), localized(e.getArguments()));

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

    /** Replaces role arguments with their names in the user's language. */
    private static Object[] localized(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Role role ? Texts.get("Role." + role.name()) : argument)
                .toArray();
    }
}
