package org.xtoolscrm.web.contract;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.EnumSet;
import org.xtoolscrm.contract.ContractProblem;
import org.xtoolscrm.web.FieldMessages;

/**
 * Helpers shared by the tabs of the contract page: the contract's id from the page's
 * request parameter {@code id}, and messages for rejected forms next to their fields.
 */
final class ContractTabContext {

    private ContractTabContext() {
    }

    /**
     * Returns the contract id of the page, or null when it is missing or not a number. The
     * first request carries it as the request parameter {@code id}. A postback, such as the
     * one that loads a tab, does not, so the value of the page's view parameter {@code id}
     * is read instead, which the view state keeps.
     */
    static Long contractId(FacesContext context) {
        String value = context.getExternalContext().getRequestParameterMap().get("id");
        if ((value == null || value.isBlank()) && context.getViewRoot() != null) {
            for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
                if ("id".equals(parameter.getName())) {
                    value = parameter.getStringValue(context);
                }
            }
        }
        return parse(value);
    }

    /** Returns the text as a positive id, or null. */
    static Long parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Shows each problem's text next to its field of the form, or for the whole form. */
    static void show(Iterable<ContractProblem> problems, String formId) {
        for (ContractProblem problem : problems) {
            FieldMessages.error(formId, problem.field(), ContractErrors.text(problem));
        }
    }

    /**
     * Shows a problem of one row of a table of lines next to the row's field: the client id
     * of a row's field is the table's, then the row index, then the field's id.
     */
    static void showOnRow(ContractProblem problem, String formId, String tableId, int row) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = findForm(context, formId);
        String clientId = form == null ? null
                : form.getClientId(context) + ":" + tableId + ":" + row + ":" + problem.field();
        String text = ContractErrors.text(problem);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    private static UIComponent findForm(FacesContext context, String formId) {
        UIComponent[] found = new UIComponent[1];
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
