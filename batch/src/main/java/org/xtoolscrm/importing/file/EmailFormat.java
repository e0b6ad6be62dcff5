package org.xtoolscrm.importing.file;

/**
 * A pragmatic e-mail address check: it rejects values that are clearly not an address, and
 * leaves the full RFC 5322 syntax, such as quoted local parts, to the mail server.
 */
final class EmailFormat {

    private EmailFormat() {
    }

    /**
     * Returns whether the value has exactly one {@code @}, a non-empty local part before it, no
     * whitespace, and a domain with at least one dot and no empty label.
     */
    static boolean isValid(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || containsWhitespace(value)) {
            return false;
        }
        String domain = value.substring(at + 1);
        return domain.contains(".")
                && !domain.startsWith(".")
                && !domain.endsWith(".")
                && !domain.contains("..");
    }

    private static boolean containsWhitespace(String value) {
        return value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
