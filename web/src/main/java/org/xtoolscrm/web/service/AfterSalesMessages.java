package org.xtoolscrm.web.service;

import java.util.List;
import org.xtoolscrm.service.AfterSalesProblem;
import org.xtoolscrm.web.FieldMessages;
import org.xtoolscrm.web.Texts;

/**
 * Shows rejected complaint and service record forms in the user's language: the text of
 * each problem's bundle key, next to the dialog field at fault.
 */
final class AfterSalesMessages {

    private AfterSalesMessages() {
    }

    /** Adds one message per problem and marks the request as failed validation, so the dialog stays open. */
    static void show(List<AfterSalesProblem> problems, String formId) {
        for (AfterSalesProblem problem : problems) {
            String text = Texts.get(problem.error().messageKey(), problem.arguments().toArray());
            FieldMessages.error(formId, problem.field(), text);
        }
    }

    /** Adds a message for the whole dialog, such as a stale edit, and keeps the dialog open. */
    static void dialogError(String formId, String key) {
        FieldMessages.error(formId, null, Texts.get(key));
    }
}
