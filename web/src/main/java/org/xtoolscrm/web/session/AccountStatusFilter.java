package org.xtoolscrm.web.session;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import org.xtoolscrm.access.AccessService;

/**
 * Ends the session of a user whose account was disabled or whose role changed
 * since login, so neither keeps the rights of the old session. Static resources
 * skip the check; every other request of a logged-in user costs one lookup by login.
 */
@WebFilter("/*")
public class AccountStatusFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AccountStatusFilter.class.getName());

    @EJB
    private AccessService access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String login = request.getRemoteUser();
        if (login == null || isStaticResource(request) || access.isCallerCurrent()) {
            chain.doFilter(request, response);
            return;
        }

        LOG.info(() -> "Session of " + login + " ended: the account was disabled or its role changed");
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
