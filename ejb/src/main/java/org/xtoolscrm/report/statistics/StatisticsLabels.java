package org.xtoolscrm.report.statistics;

import java.util.Locale;
import java.util.function.Function;

/**
 * The texts a statistics table needs in the page's language: the page passes its resource
 * bundle's lookup, so the table shown and the exported one read the same words.
 *
 * @param texts returns the text of a resource bundle key, such as {@code CustomerStatus.ACTIVE}
 */
public record StatisticsLabels(Locale locale, Function<String, String> texts) {

    String text(String key) {
        return texts.apply(key);
    }
}
