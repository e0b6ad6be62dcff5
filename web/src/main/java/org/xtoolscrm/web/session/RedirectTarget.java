package org.xtoolscrm.web.session;

import java.util.Locale;

/**
 * Decides where a successful login continues: the page the user originally
 * requested when it is a path inside this application, otherwise the start page.
 * Anything else, such as another host ({@code //host}, {@code https://host}),
 * another application or a path with dot segments, would make the login page an
 * open redirect.
 */
final class RedirectTarget {

    private RedirectTarget() {
    }

    /** Returns the target when it is safe, otherwise the start page {@code contextPath + "/"}. */
    static String resolve(String target, String contextPath) {
        return isSafe(target, contextPath) ? target : contextPath + "/";
    }

    static boolean isSafe(String target, String contextPath) {
        if (target == null || target.isBlank()) {
            return false;
        }
        if (!target.startsWith(contextPath + "/") || target.startsWith("//")) {
            return false;
        }
        if (target.contains("\\") || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }

        int query = target.indexOf('?');
        String path = (query < 0 ? target : target.substring(0, query)).toLowerCase(Locale.ROOT);
        // Browsers resolve "..", "." and their percent-encoded forms before sending.
        if (path.contains("%2e") || path.contains("%2f") || path.contains("%5c")
                || path.contains("/../") || path.contains("/./") || path.endsWith("/..") || path.endsWith("/.")) {
            return false;
        }
        // Back to the login step itself would only show the login page again or log out.
        String inside = path.substring(contextPath.length());
        return !inside.equals("/login") && !inside.equals("/logout");
    }
}
