package org.xtoolscrm.web.dictionary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xtoolscrm.access.RecordNotFoundException;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.DictionaryService;
import org.xtoolscrm.dictionary.InvalidDictionaryOptionException;
import org.xtoolscrm.web.Texts;

/**
 * Backs dictionary/list.xhtml: the chosen list and its options, the option dialog, and
 * disabling, enabling and deleting an option.
 */
@Named
@ViewScoped
public class DictionaryView implements Serializable {

    /** The id of the dialog's form; its field ids are the field names of {@link InvalidDictionaryOptionException}. */
    static final String FORM_ID = "optionForm";

    /** The gap between the sort order of the last option and the one a new option is offered. */
    private static final int SORT_ORDER_STEP = 10;

    @EJB
    private DictionaryService dictionary;

    private DictionaryList list = DictionaryList.CUSTOMER_TYPE;
    private List<DictionaryOption> options = List.of();
    private OptionForm form = new OptionForm();

    @PostConstruct
    void init() {
        load();
    }

    /** Reloads the options after another list was chosen. */
    public void load() {
        options = dictionary.options(list, true);
    }

    public void startNew() {
        int last = options.stream().mapToInt(DictionaryOption::getSortOrder).max().orElse(0);
        form = OptionForm.newOption(list, last + SORT_ORDER_STEP);
    }

    public void startEdit(long id) {
        try {
            form = OptionForm.of(dictionary.get(id));
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    public void save() {
        List<InvalidDictionaryOptionException> problems = OptionFormCheck.problems(form);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> DictionaryErrors.show(problem, FORM_ID));
            return;
        }
        try {
            if (form.isNewOption()) {
                dictionary.add(form.toNewOption());
                Texts.info("dictionary.message.added", form.getCode());
            } else {
                dictionary.edit(form.toEdit());
                Texts.info("dictionary.message.saved", form.getCode());
            }
            load();
        } catch (InvalidDictionaryOptionException e) {
            DictionaryErrors.show(e, FORM_ID);
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    public void disable(DictionaryOption option) {
        try {
            dictionary.disable(option.getId());
            Texts.info("dictionary.message.disabled", option.getCode());
        } catch (InvalidDictionaryOptionException e) {
            DictionaryErrors.show(e, null);
        } catch (RecordNotFoundException e) {
            notFound();
        }
        load();
    }

    public void enable(DictionaryOption option) {
        try {
            dictionary.enable(option.getId());
            Texts.info("dictionary.message.enabled", option.getCode());
        } catch (InvalidDictionaryOptionException e) {
            DictionaryErrors.show(e, null);
        } catch (RecordNotFoundException e) {
            notFound();
        }
        load();
    }

    public void delete(DictionaryOption option) {
        try {
            dictionary.delete(option.getId());
            Texts.info("dictionary.message.deleted", option.getCode());
        } catch (InvalidDictionaryOptionException e) {
            DictionaryErrors.show(e, null);
        } catch (RecordNotFoundException e) {
            notFound();
        }
        load();
    }

    private void notFound() {
        Texts.error("dictionary.message.notFound");
        FacesContext.getCurrentInstance().validationFailed();
        load();
    }

    public DictionaryList getList() {
        return list;
    }

    public void setList(DictionaryList list) {
        this.list = list;
    }

    public DictionaryList[] getLists() {
        return DictionaryList.values();
    }

    public List<DictionaryOption> getOptions() {
        return options;
    }

    public OptionForm getForm() {
        return form;
    }
}
