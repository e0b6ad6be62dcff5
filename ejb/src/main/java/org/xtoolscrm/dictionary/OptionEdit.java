package org.xtoolscrm.dictionary;

/**
 * A change to an option's labels and sort order. The list and the code stay fixed.
 *
 * @param version the option's version when the Boss opened it, so that a change made
 *                by someone else in between is rejected instead of overwritten
 */
public record OptionEdit(long id, int version, String labelZh, String labelEn, int sortOrder) {
}
