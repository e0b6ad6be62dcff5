package org.xtoolscrm.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.xtoolscrm.web.Formats;
import org.xtoolscrm.web.Texts;

/** Backs login.xhtml: the message of a failed attempt, the login typed, and where to go after the login. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Formats formats;

    /**
     * Returns the page to continue to after the login. The container shows the login
     * page in place of a protected page by a forward, and the request attribute
     * {@code jakarta.servlet.forward.request_uri} contains that page on this first
     * render only; the form carries it on from there. {@link LoginServlet} checks it.
     */
    public String getTarget() {
        Object posted = request.getAttribute(LoginServlet.TARGET_ATTRIBUTE);
        if (posted != null) {
            return posted.toString();
        }
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (uri == null) {
            return "";
        }
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return query == null ? uri.toString() : uri + "?" + query;
    }

    /** Returns the login of the failed attempt, so the user need not type it again. */
    public String getLogin() {
        Object login = request.getAttribute(LoginServlet.LOGIN_ATTRIBUTE);
        return login == null ? "" : login.toString();
    }

    /** Returns the message of the failed attempt in the user's language, or null. */
    public String getError() {
        Object key = request.getAttribute(LoginServlet.ERROR_KEY_ATTRIBUTE);
        if (key == null) {
            // The container's FORM error page, kept in web.xml although j_security_check is blocked.
            return "true".equals(request.getParameter("error")) ? Texts.get("login.message.failed") : null;
        }
        Object lockedUntil = request.getAttribute(LoginServlet.LOCKED_UNTIL_ATTRIBUTE);
        if (lockedUntil instanceof Instant until) {
            return Texts.get(key.toString(), formats.timeOfDay(until));
        }
        return Texts.get(key.toString());
    }
}
