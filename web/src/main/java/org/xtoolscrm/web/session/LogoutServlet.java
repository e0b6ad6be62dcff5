package org.xtoolscrm.web.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Ends the session and returns to the start page, which asks for a login. Only a
 * POST with the session's {@link CsrfToken} logs out, so a link or image on another
 * site cannot end a user's session; a GET only returns to the start page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String login = request.getRemoteUser();
        if (!CsrfToken.isValid(request)) {
            LOG.warning(() -> "Logout of " + login + " from " + request.getRemoteAddr()
                    + " rejected: the request does not carry the session's token");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }

        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }

        LOG.info(() -> "User " + login + " logged out");
        response.sendRedirect(request.getContextPath() + "/");
    }
}
