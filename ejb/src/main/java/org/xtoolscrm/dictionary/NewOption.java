package org.xtoolscrm.dictionary;

/**
 * The fields of an option to add to a list.
 *
 * @param probability the win probability in percent for an opportunity stage, ignored for other lists
 */
public record NewOption(DictionaryList list, String code, String labelZh, String labelEn, int sortOrder,
                        Integer probability) {

    /** Creates an option of a list without probabilities. */
    public NewOption(DictionaryList list, String code, String labelZh, String labelEn, int sortOrder) {
        this(list, code, labelZh, labelEn, sortOrder, null);
    }
}
