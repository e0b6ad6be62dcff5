package org.xtoolscrm.web.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;

/**
 * The complaint and service types of the data dictionary in the user's language: labels
 * for stored codes, and the choices of dialogs and filters. Pages name the list as
 * {@code COMPLAINT_TYPE} or {@code SERVICE_TYPE}. Each list is read once per request.
 */
@Named
@RequestScoped
public class AfterSalesTypes {

    @EJB
    private DictionaryService dictionary;

    private final Map<DictionaryList, List<DictionaryOption>> options = new EnumMap<>(DictionaryList.class);

    /** Returns the label of a type code, or the code itself when the option no longer exists. */
    public String label(String list, String code) {
        if (code == null) {
            return "";
        }
        return options(list).stream()
                .filter(option -> option.getCode().equals(code))
                .map(option -> option.label(locale()))
                .findFirst()
                .orElse(code);
    }

    /** Returns every type, disabled ones included, for filters: older records may have them. */
    public List<SelectItem> all(String list) {
        List<SelectItem> items = new ArrayList<>();
        for (DictionaryOption option : options(list)) {
            items.add(new SelectItem(option.getCode(), option.label(locale())));
        }
        return items;
    }

    /**
     * Returns the types a user may pick: the enabled ones, plus the current type of the
     * record being edited when it has been disabled since.
     */
    public List<SelectItem> choices(String list, String current) {
        List<SelectItem> items = new ArrayList<>();
        for (DictionaryOption option : options(list)) {
            if (option.isEnabled() || option.getCode().equals(current)) {
                items.add(new SelectItem(option.getCode(), option.label(locale())));
            }
        }
        return items;
    }

    private List<DictionaryOption> options(String list) {
        return options.computeIfAbsent(DictionaryList.valueOf(list), key -> dictionary.options(key, true));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
