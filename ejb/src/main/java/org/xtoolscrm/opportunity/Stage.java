package org.xtoolscrm.opportunity;

import java.io.Serializable;
import java.util.Locale;
import org.xtoolscrm.dictionary.DictionaryOption;

/**
 * One stage of the list OPPORTUNITY_STAGE as deals use it: its code, labels, win
 * probability in percent, the outcome a deal in it has, and its place in the list.
 */
public record Stage(String code, String labelZh, String labelEn, int probability, OpportunityOutcome outcome,
                   int sortOrder, boolean enabled) implements Serializable {

    static Stage of(DictionaryOption option) {
        Integer probability = option.getProbability();
        return new Stage(option.getCode(), option.getLabelZh(), option.getLabelEn(),
                probability == null ? 0 : probability, OpportunityOutcome.of(option.getStageOutcome()),
                option.getSortOrder(), option.isEnabled());
    }

    /** Returns the label in the language of the locale: Chinese for zh, English otherwise. */
    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }

    public boolean isOpen() {
        return outcome == OpportunityOutcome.OPEN;
    }
}
