package org.xtoolscrm.web.dictionary;

import java.util.ArrayList;
import java.util.List;
import org.xtoolscrm.dictionary.DictionaryRules;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;

/**
 * Runs the field rules of {@link DictionaryRules} on the option dialog before the service is
 * called, so the Boss sees every invalid field at once rather than the first one the service
 * rejects. The service checks the same rules again, together with the ones that need the database.
 */
final class OptionFormCheck {

    private OptionFormCheck() {
    }

    /** Returns the broken rules of the form's fields, one per field, in the order of the dialog. */
    static List<InvalidDictionaryOptionException> problems(OptionForm form) {
        List<Runnable> checks = new ArrayList<>();
        if (form.isNewOption()) {
            checks.add(() -> DictionaryRules.checkList(form.getList()));
            checks.add(() -> DictionaryRules.checkCode(form.toNewOption().code()));
        }
        checks.add(() -> DictionaryRules.checkLabelZh(form.getLabelZh()));
        checks.add(() -> DictionaryRules.checkLabelEn(form.getLabelEn()));
        checks.add(() -> DictionaryRules.checkSortOrder(form.sortOrderOrZero()));
        if (!form.isFinalStage()) {
            checks.add(() -> DictionaryRules.checkProbability(form.getList(), form.getCode(), null,
                    form.getProbability()));
        }

        List<InvalidDictionaryOptionException> problems = new ArrayList<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (InvalidDictionaryOptionException e) {
                problems.add(e);
            }
        }
        return problems;
    }
}
