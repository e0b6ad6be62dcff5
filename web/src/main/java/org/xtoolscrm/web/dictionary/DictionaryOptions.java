package org.xtoolscrm.web.dictionary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;

/**
 * The enabled options of the data dictionary for pickers, labelled in the language
 * of the page. Each list is read once per request.
 */
@Named
@RequestScoped
public class DictionaryOptions {

    /** The maximum number of suggestions a text field offers at once. */
    private static final int MAX_SUGGESTIONS = 30;

    @EJB
    private DictionaryService dictionary;

    private final Map<DictionaryList, List<DictionaryOption>> enabled = new EnumMap<>(DictionaryList.class);
    private final Map<DictionaryList, List<DictionaryOption>> all = new EnumMap<>(DictionaryList.class);

    /** Returns the enabled options of a list, such as {@code SCHEDULE_TYPE}, for a select menu. */
    public List<DictionaryOption> options(String listName) {
        return options(DictionaryList.valueOf(listName));
    }

    /** Returns the label of an option code of a list in the page's language, or the code when the option is gone. */
    public String label(String listName, String code) {
        if (code == null) {
            return "";
        }
        DictionaryList list = DictionaryList.valueOf(listName);
        return all.computeIfAbsent(list, key -> dictionary.options(key, true)).stream()
                .filter(option -> option.getCode().equals(code))
                .map(option -> option.label(locale()))
                .findFirst()
                .orElse(code);
    }

    /** Suggests industries whose label contains the typed text, for the customer form. */
    public List<String> industries(String typed) {
        return suggest(DictionaryList.INDUSTRY, typed);
    }

    /** Suggests regions whose label contains the typed text, for the customer form. */
    public List<String> regions(String typed) {
        return suggest(DictionaryList.REGION, typed);
    }

    private List<String> suggest(DictionaryList list, String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(locale());
        Locale locale = locale();
        return options(list).stream()
                .map(option -> option.label(locale))
                .filter(label -> label.toLowerCase(locale).contains(text))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private List<DictionaryOption> options(DictionaryList list) {
        return enabled.computeIfAbsent(list, key -> dictionary.options(key, false));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
