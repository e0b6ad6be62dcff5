package org.xtoolscrm.web.schedule;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.xtoolscrm.schedule.ScheduleProblem;
import org.xtoolscrm.web.Texts;

/**
 * Shows messages of the schedule dialog in the user's language: a rejected field next to
 * that field, anything else at the top of the dialog. The page's own messages stay free
 * for what happened after the dialog closed.
 */
final class ScheduleErrors {

    /** The id of the dialog's form, on the calendar page and on the customer view alike. */
    static final String FORM_ID = "schedule-form";

    /** The dialog's component ids by the field names of {@link org.xtoolscrm.schedule.ScheduleError}. */
    private static final Map<String, String> FIELD_IDS = Map.of(
            "subject", "subject",
            "type", "type",
            "start", "start-date",
            "end", "end-date",
            "place", "place",
            "reminderMinutes", "reminder",
            "notes", "notes",
            "owner", "owner",
            "contactId", "contact");

    private ScheduleErrors() {
    }

    /** Adds each problem's message and marks the request as failed, so the dialog stays open. */
    static void show(List<ScheduleProblem> problems) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = dialogForm(context);
        for (ScheduleProblem problem : problems) {
            String text = Texts.get("ScheduleError." + problem.error().name(), problem.arguments());
            context.addMessage(targetId(context, form, problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        context.validationFailed();
    }

    /** Adds a message by key at the top of the dialog and marks the request as failed. */
    static void showInDialog(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(targetId(context, dialogForm(context), null),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(key, arguments), null));
        context.validationFailed();
    }

    private static String targetId(FacesContext context, UIComponent form, String field) {
        if (form == null) {
            return null;
        }
        String componentId = field == null ? null : FIELD_IDS.get(field);
        if (componentId != null) {
            UIComponent component = form.findComponent(componentId);
            if (component != null && component.isRendered()) {
                return component.getClientId(context);
            }
        }
        return form.getClientId(context);
    }

    /** Finds the dialog's form wherever the page put it, such as inside the customer view's tabs. */
    private static UIComponent dialogForm(FacesContext context) {
        UIComponent[] found = new UIComponent[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIForm && FORM_ID.equals(component.getId())) {
                found[0] = component;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }
}
