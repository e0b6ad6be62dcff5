package org.xtoolscrm.service;

/**
 * Cleans the text of the forms before it is checked and stored, and counts characters as
 * MySQL counts those of a VARCHAR column: in Unicode code points.
 */
final class AfterSalesText {

    private AfterSalesText() {
    }

    /**
     * Returns a text of several lines: line breaks as {@code \n}, control characters other
     * than line breaks and tabs removed, and blank lines and spaces at the start and end
     * stripped. Returns null when nothing is left.
     */
    static String block(String text) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder printable = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(printable::appendCodePoint);
        String clean = printable.toString().strip();
        return clean.isEmpty() ? null : clean;
    }

    /** Returns the code stripped, or null when it is blank. */
    static String code(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }

    /** Returns the number of characters, counted in code points; 0 for null. */
    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Returns the text on one line, cut to {@code max} characters with an ellipsis, as the recycle bin lists it. */
    static String label(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (length(line) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
    }
}
