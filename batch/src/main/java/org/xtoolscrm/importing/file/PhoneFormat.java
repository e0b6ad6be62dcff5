package org.xtoolscrm.importing.file;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check of phone numbers as people write them: {@code +86 755 8208 0387},
 * {@code (496)978-3969x58947}, {@code 0755-82080387转8001}.
 */
final class PhoneFormat {

    /** Minimum number of digits before any extension. */
    static final int DIGITS_MIN = 5;

    /**
     * The number: digits, spaces and {@code + - . ( ) /}. Then an optional extension: x, ext or
     * ext. (any case) or 转, followed by digits.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<number>[0-9 +().\\-/]+)(?:(?:x|ext\\.?|转) *[0-9]+)?", Pattern.CASE_INSENSITIVE);

    private PhoneFormat() {
    }

    /** Returns whether the value uses only the characters a phone number may contain. */
    static boolean hasValidCharacters(String value) {
        return PHONE.matcher(value).matches();
    }

    /**
     * Returns the number of digits before the extension.
     *
     * @throws IllegalArgumentException if the value does not have {@linkplain #hasValidCharacters valid characters}
     */
    static int countNumberDigits(String value) {
        Matcher matcher = PHONE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a phone number: " + value);
        }
        return (int) matcher.group("number").chars().filter(c -> c >= '0' && c <= '9').count();
    }
}
