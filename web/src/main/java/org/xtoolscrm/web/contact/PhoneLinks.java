package org.xtoolscrm.web.contact;

import java.util.regex.Pattern;

/** Builds tel: links from phone numbers as people type them, so a tap on a phone dials the number. */
final class PhoneLinks {

    /** An extension as the contact rules accept it: x, ext, ext. or 转, then digits. */
    private static final Pattern EXTENSION = Pattern.compile("(?i)(x|ext\\.?|转).*$");

    private PhoneLinks() {
    }

    /**
     * Returns a tel: URI with the number's digits and a leading +, without the extension,
     * such as {@code tel:+861380013800} for "+86 138-0013-8000"; null for a blank number.
     */
    static String tel(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String main = EXTENSION.matcher(number).replaceFirst("");
        String digits = main.replaceAll("[^0-9]", "");
        if (digits.isEmpty()) {
            return null;
        }
        return "tel:" + (main.strip().startsWith("+") ? "+" : "") + digits;
    }
}
