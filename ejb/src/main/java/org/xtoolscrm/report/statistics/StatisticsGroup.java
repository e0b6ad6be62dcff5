package org.xtoolscrm.report.statistics;

import java.io.Serializable;
import java.util.Locale;

/**
 * The value that one row or series of a statistic counts. The code is an enum constant's name
 * (a status), a dictionary option's code, an industry or region text that matches no option,
 * a user's id, or a month as yyyy-MM. A null code is the group of records whose field is empty.
 * Dictionary options and users carry their labels. For enum constants, months and the empty
 * group the labels are null, and the page supplies them.
 */
public record StatisticsGroup(String code, String labelZh, String labelEn) implements Serializable {

    /** Returns a group whose label the page supplies from the code. */
    public static StatisticsGroup coded(String code) {
        return new StatisticsGroup(code, null, null);
    }

    /** Returns a group labelled with the same name in every language, such as a user. */
    public static StatisticsGroup named(String code, String name) {
        return new StatisticsGroup(code, name, name);
    }

    /** Returns the group of records whose field is empty. */
    public static StatisticsGroup empty() {
        return new StatisticsGroup(null, null, null);
    }

    public boolean isEmpty() {
        return code == null;
    }

    /** Returns the Chinese label for a Chinese locale and the English one otherwise; null when the page labels it. */
    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
    }
}
