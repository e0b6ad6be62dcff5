package org.xtoolscrm.opportunity.detail;

/**
 * Cleans the text of the forms before it is checked and stored, and counts characters as
 * MySQL counts those of a VARCHAR column: in Unicode code points.
 */
final class DetailText {

    private DetailText() {
    }

    /**
     * Returns a one-line text, such as a title: line breaks, tabs and other control
     * characters become spaces, runs of whitespace one space, and the ends are stripped.
     * Returns null when nothing is left.
     */
    static String line(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .forEach(printable::appendCodePoint);
        String clean = printable.toString().replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /**
     * Returns a text of several lines, such as a description: line breaks as {@code \n},
     * control characters other than line breaks and tabs removed, and blank lines and
     * spaces at the start and end stripped. Returns null when nothing is left.
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

    /** Returns the number of characters, counted in code points; 0 for null. */
    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
