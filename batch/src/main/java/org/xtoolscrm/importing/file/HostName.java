package org.xtoolscrm.importing.file;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** A check that a text is a DNS host name such as {@code www.example.com} or {@code www.例子.cn}. */
final class HostName {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    /** The top-level domain starts with a letter, which also rules out IPv4 addresses. */
    private static final Pattern TOP_LEVEL_LABEL = Pattern.compile("(?:[a-z][a-z0-9-]*|xn--[a-z0-9-]+)");

    private static final int NAME_MAX = 253;

    private HostName() {
    }

    /**
     * Returns whether the text is a host name with at least two labels. Internationalized domain
     * names are checked in their ASCII form (RFC 3490), so Chinese domain names are accepted.
     */
    static boolean isValid(String host) {
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.isEmpty() || ascii.length() > NAME_MAX) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL_LABEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
