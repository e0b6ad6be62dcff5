package org.xtoolscrm.dictionary;

import java.util.regex.Pattern;

/**
 * The rules an option's fields must follow, checked before it is stored. Each check raises an
 * {@link InvalidDictionaryOptionException} that names the rule and the field. Uniqueness of
 * the code and the in-use rule need the database, so {@link DictionaryService} checks them.
 */
public final class DictionaryRules {

    public static final int CODE_MAX = 40;
    public static final int LABEL_MAX = 100;
    public static final int SORT_ORDER_MIN = 0;
    public static final int SORT_ORDER_MAX = 99_999;
    public static final int PROBABILITY_MIN = 0;
    public static final int PROBABILITY_MAX = 100;

    /** Upper-case ASCII letters, digits and underscores, 1 to 40 characters, such as {@code COLD_CALL}. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1," + CODE_MAX + "}");

    private DictionaryRules() {
    }

    public static void checkList(DictionaryList list) {
        if (list == null) {
            throw new InvalidDictionaryOptionException(DictionaryError.LIST_MISSING);
        }
    }

    /** Checks the code as entered; it is not changed to upper case, so what is stored is what the Boss typed. */
    public static void checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidDictionaryOptionException(DictionaryError.CODE_INVALID, code);
        }
    }

    /** Checks the Chinese label and returns it without surrounding whitespace. */
    public static String checkLabelZh(String label) {
        return checkLabel(label, DictionaryError.LABEL_ZH_MISSING, DictionaryError.LABEL_ZH_TOO_LONG);
    }

    /** Checks the English label and returns it without surrounding whitespace. */
    public static String checkLabelEn(String label) {
        return checkLabel(label, DictionaryError.LABEL_EN_MISSING, DictionaryError.LABEL_EN_TOO_LONG);
    }

    public static void checkSortOrder(int sortOrder) {
        if (sortOrder < SORT_ORDER_MIN || sortOrder > SORT_ORDER_MAX) {
            throw new InvalidDictionaryOptionException(DictionaryError.SORT_ORDER_OUT_OF_RANGE, SORT_ORDER_MIN,
                    SORT_ORDER_MAX);
        }
    }

    /**
     * Checks the win probability of an option and returns the value to store. An opportunity
     * stage needs a percentage from 0 to 100, and a final stage keeps its own (WON 100, LOST 0).
     * Any other list stores no probability, whatever was entered.
     *
     * @param outcome the outcome of the stage, or null for an open stage or a new option
     */
    public static Integer checkProbability(DictionaryList list, String code, StageOutcome outcome,
                                           Integer probability) {
        if (list != DictionaryList.OPPORTUNITY_STAGE) {
            return null;
        }
        if (probability == null) {
            throw new InvalidDictionaryOptionException(DictionaryError.PROBABILITY_MISSING);
        }
        if (probability < PROBABILITY_MIN || probability > PROBABILITY_MAX) {
            throw new InvalidDictionaryOptionException(DictionaryError.PROBABILITY_OUT_OF_RANGE, PROBABILITY_MIN,
                    PROBABILITY_MAX);
        }
        if (outcome != null && probability != outcome.probability()) {
            throw new InvalidDictionaryOptionException(DictionaryError.FINAL_STAGE_PROBABILITY, code,
                    outcome.probability());
        }
        return probability;
    }

    private static String checkLabel(String label, DictionaryError missing, DictionaryError tooLong) {
        String stripped = label == null ? "" : label.strip();
        if (stripped.isEmpty()) {
            throw new InvalidDictionaryOptionException(missing);
        }
        if (stripped.length() > LABEL_MAX) {
            throw new InvalidDictionaryOptionException(tooLong, LABEL_MAX);
        }
        return stripped;
    }
}
