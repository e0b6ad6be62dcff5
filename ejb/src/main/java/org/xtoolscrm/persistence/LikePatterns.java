package org.xtoolscrm.persistence;

/**
 * LIKE patterns from text a user typed. The wildcards % and _ and the escape
 * character \ in the text are escaped, so they match themselves; MySQL, MariaDB
 * and H2 use \ as the default escape character.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** Returns a pattern that matches values starting with the trimmed text. */
    public static String prefix(String text) {
        return escape(text.strip()) + "%";
    }

    /** Returns a pattern that matches values containing the trimmed text. */
    public static String contains(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
