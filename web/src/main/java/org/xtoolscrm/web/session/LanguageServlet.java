package org.xtoolscrm.web.session;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.xtoolscrm.account.PreferenceService;

/**
 * Saves the caller's language and returns to the page they were on. Only a POST
 * with the session's {@link CsrfToken} changes it. The parameter {@code language}
 * is a tag of {@link PreferenceService#LANGUAGES}, or empty to follow the browser.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LanguageServlet.class.getName());

    @EJB
    private PreferenceService preferences;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CsrfToken.isValid(request)) {
            LOG.warning(() -> "Language change of " + request.getRemoteUser()
                    + " rejected: the request does not carry the session's token");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String language = request.getParameter("language");
        String tag = language == null || language.isBlank() ? null : language.strip();
        if (tag != null && !PreferenceService.LANGUAGES.contains(tag)) {
            LOG.warning(() -> "Language change of " + request.getRemoteUser() + " rejected: unsupported tag " + tag);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unsupported language");
            return;
        }

        preferences.setLanguage(tag);
        UserLocale.remember(request.getSession(), tag);
        response.sendRedirect(RedirectTarget.resolve(request.getParameter("back"), request.getContextPath()));
    }
}
