package org.xtoolscrm.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.xtoolscrm.account.PreferenceService;

/**
 * The language of the pages: the one the user picked, else the browser's best
 * match among the bundles' languages. The pick is read from the database once per
 * session and kept in the session.
 */
@Named
@RequestScoped
public class UserLocale {

    /** Session attribute with the picked tag, or {@link #BROWSER} when the user follows the browser. */
    private static final String ATTRIBUTE = UserLocale.class.getName();
    private static final String BROWSER = "";

    @EJB
    private PreferenceService preferences;

    @Inject
    private HttpServletRequest request;

    /** Returns the locale for the current view. */
    public Locale getLocale() {
        String tag = picked();
        if (tag.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            return context.getApplication().getViewHandler().calculateLocale(context);
        }
        return Locale.forLanguageTag(tag);
    }

    /** Returns the picked tag, or an empty string when the user follows the browser. */
    public String getPicked() {
        return picked();
    }

    /** Returns the page the language form comes back to: the current request with its query. */
    public String getBackTarget() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    static void remember(HttpSession session, String tag) {
        session.setAttribute(ATTRIBUTE, tag == null ? BROWSER : tag);
    }

    private String picked() {
        if (request.getRemoteUser() == null) {
            return BROWSER;
        }
        HttpSession session = request.getSession();
        Object stored = session.getAttribute(ATTRIBUTE);
        if (stored == null) {
            Optional<String> language = preferences.language();
            remember(session, language.orElse(null));
            stored = session.getAttribute(ATTRIBUTE);
        }
        return stored.toString();
    }
}
