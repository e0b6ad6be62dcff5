package org.xtoolscrm.dictionary;

/** The fields of an option to add to a list. */
public record NewOption(DictionaryList list, String code, String labelZh, String labelEn, int sortOrder) {
}
