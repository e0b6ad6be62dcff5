package org.xtoolscrm.web.expense;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;

/**
 * The expense types of the data dictionary in the user's language: labels for stored
 * codes, and the choices of pickers and filters. Read once per request.
 */
@Named
@RequestScoped
public class ExpenseTypes {

    @EJB
    private DictionaryService dictionary;

    private List<DictionaryOption> options;

    /** Returns the label of a type code, or the code itself when the option no longer exists. */
    public String label(String code) {
        if (code == null) {
            return "";
        }
        return options().stream()
                .filter(option -> option.getCode().equals(code))
                .map(option -> option.label(locale()))
                .findFirst()
                .orElse(code);
    }

    /** Returns every type, disabled ones included, for filters: old expenses may have them. */
    public List<SelectItem> getAll() {
        List<SelectItem> items = new ArrayList<>();
        for (DictionaryOption option : options()) {
            items.add(new SelectItem(option.getCode(), option.label(locale())));
        }
        return items;
    }

    /**
     * Returns the types a user may pick: the enabled ones, plus the current type of the
     * expense being edited when it has been disabled since.
     */
    public List<SelectItem> choices(String current) {
        List<SelectItem> items = new ArrayList<>();
        for (DictionaryOption option : options()) {
            if (option.isEnabled() || option.getCode().equals(current)) {
                items.add(new SelectItem(option.getCode(), option.label(locale())));
            }
        }
        return items;
    }

    private List<DictionaryOption> options() {
        if (options == null) {
            options = dictionary.options(DictionaryList.EXPENSE_TYPE, true);
        }
        return options;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
