package org.xtoolscrm.web.dictionary;

import java.io.Serializable;
import org.xtoolscrm.dictionary.DictionaryList;
import org.xtoolscrm.dictionary.DictionaryOption;
import org.xtoolscrm.dictionary.NewOption;
import org.xtoolscrm.dictionary.OptionEdit;

/** The fields of the option dialog, for a new option or an existing one. */
public class OptionForm implements Serializable {

    /** The option's id, or null for a new option. */
    private Long id;
    private int version;
    private DictionaryList list;
    private String code;
    private String labelZh;
    private String labelEn;
    private Integer sortOrder;
    private Integer probability;
    private boolean finalStage;

    static OptionForm newOption(DictionaryList list, int sortOrder) {
        OptionForm form = new OptionForm();
        form.list = list;
        form.sortOrder = sortOrder;
        return form;
    }

    static OptionForm of(DictionaryOption option) {
        OptionForm form = new OptionForm();
        form.id = option.getId();
        form.version = option.getVersion();
        form.list = option.getList();
        form.code = option.getCode();
        form.labelZh = option.getLabelZh();
        form.labelEn = option.getLabelEn();
        form.sortOrder = option.getSortOrder();
        form.probability = option.getProbability();
        form.finalStage = option.isFinalStage();
        return form;
    }

    /** Returns the new option; the code is stripped of surrounding whitespace but not upper-cased. */
    NewOption toNewOption() {
        return new NewOption(list, code == null ? null : code.strip(), labelZh, labelEn, sortOrderOrZero(),
                probability);
    }

    OptionEdit toEdit() {
        return new OptionEdit(id, version, labelZh, labelEn, sortOrderOrZero(), probability);
    }

    int sortOrderOrZero() {
        return sortOrder == null ? 0 : sortOrder;
    }

    /** Returns whether the option's list gives each option a win probability. */
    public boolean isWithProbability() {
        return list == DictionaryList.OPPORTUNITY_STAGE;
    }

    /** Returns whether this is the WON or LOST stage, whose probability is fixed. */
    public boolean isFinalStage() {
        return finalStage;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public boolean isNewOption() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public DictionaryList getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
