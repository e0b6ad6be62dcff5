package org.xtoolscrm.dictionary;

/**
 * Why a dictionary change was rejected. The web layer shows the text under the bundle key
 * {@code DictionaryError.<NAME>}, formatted with the exception's arguments, next to the form
 * field that {@link #field()} names.
 */
public enum DictionaryError {
    LIST_MISSING("list"),
    /** Argument: the code as entered. */
    CODE_INVALID("code"),
    /** Argument: the code as entered. */
    CODE_TAKEN("code"),
    LABEL_ZH_MISSING("labelZh"),
    /** Argument: the maximum length. */
    LABEL_ZH_TOO_LONG("labelZh"),
    LABEL_EN_MISSING("labelEn"),
    /** Argument: the maximum length. */
    LABEL_EN_TOO_LONG("labelEn"),
    /** Arguments: the minimum and the maximum. */
    SORT_ORDER_OUT_OF_RANGE("sortOrder"),
    PROBABILITY_MISSING("probability"),
    /** Arguments: the minimum and the maximum. */
    PROBABILITY_OUT_OF_RANGE("probability"),
    /** Arguments: the stage's code and the probability it must have. */
    FINAL_STAGE_PROBABILITY("probability"),
    /** Argument: the stage's code. */
    FINAL_STAGE_REQUIRED(null),
    /** Argument: the option's code. */
    OPTION_IN_USE(null),
    STALE_EDIT(null);

    private final String field;

    DictionaryError(String field) {
        this.field = field;
    }

    /** Returns the name of the form field at fault, or null when the error concerns the whole option. */
    public String field() {
        return field;
    }
}
