package org.xtoolscrm.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random token per session that plain forms posting to servlets, such as the
 * logout form, send back in the parameter {@value #PARAMETER}. Another site cannot
 * read it, so it cannot forge such a request.
 */
@Named
@RequestScoped
public class CsrfToken {

    static final String PARAMETER = "csrf";

    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    /** Returns the token of the caller's session, creating it when missing. */
    public String getValue() {
        return issue(request.getSession());
    }

    static String issue(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token.toString();
        }
    }

    /** Returns whether the request carries its session's token, compared in constant time. */
    static boolean isValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String actual = request.getParameter(PARAMETER);
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }
}
