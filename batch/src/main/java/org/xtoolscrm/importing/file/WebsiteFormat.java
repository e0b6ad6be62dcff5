package org.xtoolscrm.importing.file;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check of website values. Each address may start with {@code http://} or {@code https://},
 * needs a valid {@link HostName}, and may have a port and a path, query or fragment.
 *
 * <p>A value may list several addresses, separated by commas, semicolons, whitespace or the
 * Chinese enumeration comma (、), as the Shenzhen Stock Exchange's company list does for
 * companies with two websites.
 */
final class WebsiteFormat {

    private static final Pattern SEPARATORS = Pattern.compile("[,，;；、\\s]+");

    /** Scheme, host, optional port, then the rest starting with {@code /}, {@code ?} or {@code #}. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?(?<host>[^/?#:]+)(?::[0-9]{1,5})?(?:[/?#]\\S*)?");

    private WebsiteFormat() {
    }

    /** Returns whether every address in the value is valid. An empty entry, as in "a.com,", is invalid. */
    static boolean isValid(String value) {
        for (String address : SEPARATORS.split(value, -1)) {
            if (!isValidAddress(address)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidAddress(String address) {
        Matcher matcher = ADDRESS.matcher(address);
        if (!matcher.matches()) {
            return false;
        }
        String scheme = matcher.group("scheme");
        if (scheme != null && !isWebScheme(scheme)) {
            return false;
        }
        return HostName.isValid(matcher.group("host"));
    }

    private static boolean isWebScheme(String scheme) {
        String lowerCase = scheme.toLowerCase(Locale.ROOT);
        return lowerCase.equals("http") || lowerCase.equals("https");
    }
}
