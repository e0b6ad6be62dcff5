package org.xtoolscrm.importing.file;

import java.util.regex.Pattern;

/** Text helpers for cell values: whitespace cleaning, length and quoting in messages. */
final class CellText {

    /** Whitespace as Java and Unicode define it, so NBSP (U+00A0) and U+3000 count too. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");

    /** Maximum length of a value quoted in a message, so that the message stays readable. */
    private static final int QUOTED_MAX = 60;

    private CellText() {
    }

    /**
     * Trims the value and replaces each run of whitespace inside it, line breaks included, with
     * one space. Everything else, full-width letters included, stays as it is.
     *
     * @return the cleaned value, or null if it is null, empty or only whitespace
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = WHITESPACE_RUN.matcher(value).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Returns the number of characters as a database counts them: Unicode code points. */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** Returns the value cut to at most {@code max} code points, never splitting a surrogate pair. */
    static String truncate(String value, int max) {
        if (value == null || length(value) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** Returns the value in single quotes, shortened with an ellipsis if it is long. */
    static String quote(String value) {
        if (length(value) <= QUOTED_MAX) {
            return "'" + value + "'";
        }
        return "'" + truncate(value, QUOTED_MAX) + "…'";
    }
}
