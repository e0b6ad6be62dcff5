package org.xtoolscrm.dictionary;

/**
 * A change to an option's labels, sort order and, for an opportunity stage, win probability.
 * The list and the code stay fixed.
 *
 * @param version     the option's version when the Boss opened it, so that a change made
 *                    by someone else in between is rejected instead of overwritten
 * @param probability the win probability in percent for an opportunity stage, ignored for other lists
 */
public record OptionEdit(long id, int version, String labelZh, String labelEn, int sortOrder, Integer probability) {

    /** Creates a change of an option of a list without probabilities. */
    public OptionEdit(long id, int version, String labelZh, String labelEn, int sortOrder) {
        this(id, version, labelZh, labelEn, sortOrder, null);
    }
}
