package org.xtoolscrm.web.schedule;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;

/**
 * The schedule types of the data dictionary in the user's language, read once per request:
 * the enabled ones for the picker, and every one, disabled too, to label saved schedules.
 */
@Named
@RequestScoped
public class ScheduleTypes {

    @EJB
    private DictionaryService dictionary;

    private List<DictionaryOption> options;

    /** Returns the label of a type code, or the code itself when no option has it. */
    public String label(String code) {
        if (code == null) {
            return "";
        }
        Locale locale = locale();
        return options().stream()
                .filter(option -> option.getCode().equals(code))
                .map(option -> option.label(locale))
                .findFirst()
                .orElse(code);
    }

    /**
     * Returns the labels of the enabled types by code, in the list's order, plus the given
     * code when it is a disabled option, so that editing a schedule keeps its type.
     */
    public Map<String, String> choices(String current) {
        Locale locale = locale();
        Map<String, String> choices = new LinkedHashMap<>();
        for (DictionaryOption option : options()) {
            if (option.isEnabled() || option.getCode().equals(current)) {
                choices.put(option.getCode(), option.label(locale));
            }
        }
        return choices;
    }

    /** Returns the code of the first enabled type, for a new schedule, or null when there is none. */
    public String firstEnabled() {
        return options().stream().filter(DictionaryOption::isEnabled).map(DictionaryOption::getCode)
                .findFirst().orElse(null);
    }

    private List<DictionaryOption> options() {
        if (options == null) {
            options = dictionary.options(DictionaryList.SCHEDULE_TYPE, true);
        }
        return options;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
