package org.xtoolscrm.web.expense;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.xtoolscrm.expense.ExpenseProblem;
import org.xtoolscrm.web.Texts;

/**
 * Shows rejected expense changes in the user's language: the text of the bundle key
 * {@code ExpenseError.<NAME>}, next to the form field at fault when the form has it, and
 * as a message for the whole page otherwise.
 */
final class ExpenseErrors {

    private ExpenseErrors() {
    }

    /**
     * Adds one message per problem and marks the request as failed validation, so that a
     * dialog's {@code oncomplete} keeps the dialog open.
     *
     * @param formId the client id of the form whose fields carry the names that
     *               {@link ExpenseProblem#field()} returns, or null for page messages
     */
    static void show(List<ExpenseProblem> problems, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ExpenseProblem problem : problems) {
            String text = Texts.get("ExpenseError." + problem.error().name(), problem.arguments());
            context.addMessage(fieldClientId(context, formId, problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
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
