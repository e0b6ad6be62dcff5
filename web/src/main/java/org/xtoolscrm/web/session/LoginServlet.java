package org.xtoolscrm.web.session;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xtoolscrm.account.login.LoginAttempt;
import org.xtoolscrm.account.login.LoginGuard;
import org.xtoolscrm.account.login.LoginSettings;

/**
 * The login step: login.xhtml posts here instead of to the container's
 * j_security_check, which undertow-handlers.conf blocks. The servlet checks the
 * lock of the login name, authenticates through the container with
 * {@link HttpServletRequest#login}, so roles stay container-managed, and logs the
 * attempt with the peer address and user agent. On success it continues to the
 * page the user first requested; on failure it shows the login page again with a
 * message.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    /** Request attributes that login.xhtml reads when this servlet shows it again. */
    static final String ERROR_KEY_ATTRIBUTE = "org.xtoolscrm.login.errorKey";
    static final String LOCKED_UNTIL_ATTRIBUTE = "org.xtoolscrm.login.lockedUntil";
    static final String LOGIN_ATTRIBUTE = "org.xtoolscrm.login.login";
    static final String TARGET_ATTRIBUTE = "org.xtoolscrm.login.target";

    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

    @EJB
    private LoginGuard guard;

    /** Sends a GET to the login page, or to the start page when the user is logged in already. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getRemoteUser() == null ? "/login.xhtml" : "/";
        response.sendRedirect(request.getContextPath() + page);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String login = request.getParameter("username");
        String password = request.getParameter("password");
        String target = request.getParameter("target");

        if (request.getRemoteUser() != null) {
            response.sendRedirect(RedirectTarget.resolve(target, request.getContextPath()));
            return;
        }
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            showLoginPage(request, response, "login.message.missing", null, login, target);
            return;
        }

        LoginAttempt attempt = new LoginAttempt(login, request.getRemoteAddr(), request.getHeader("User-Agent"));
        try {
            logIn(request, response, attempt, password, target);
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Login of " + attempt.login() + " from " + attempt.ipAddress()
                    + " failed because the login log could not be read or written", e);
            if (request.getRemoteUser() != null) {
                request.logout();
            }
            showLoginPage(request, response, "general.message.unexpectedError", null, login, target);
        }
    }

    private void logIn(HttpServletRequest request, HttpServletResponse response, LoginAttempt attempt,
                       String password, String target) throws ServletException, IOException {
        Optional<Instant> locked = guard.rejectIfLocked(attempt);
        if (locked.isPresent()) {
            showLoginPage(request, response, "login.message.locked", locked.get(), attempt.login(), target);
            return;
        }

        try {
            // Changes the session id when a session exists, so a session fixed before the login is useless.
            // NOTE: an unknown login fails faster than a wrong password, because the realm has no bcrypt
            // hash to check, so response times can still show which logins exist.
            request.login(attempt.login().strip(), password);
        } catch (ServletException e) {
            LOG.fine(() -> "Login of " + attempt.login() + " from " + attempt.ipAddress() + " rejected: "
                    + e.getMessage());
            Optional<Instant> lockedNow = guard.recordFailure(attempt);
            String key = lockedNow.isPresent() ? "login.message.locked" : "login.message.failed";
            showLoginPage(request, response, key, lockedNow.orElse(null), attempt.login(), target);
            return;
        }

        guard.recordSuccess(attempt);
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(LoginSettings.current().sessionTimeoutMinutes() * 60);
        CsrfToken.issue(session);

        LOG.info(() -> "User " + request.getRemoteUser() + " logged in from " + attempt.ipAddress());
        response.sendRedirect(RedirectTarget.resolve(target, request.getContextPath()));
    }

    private static void showLoginPage(HttpServletRequest request, HttpServletResponse response, String errorKey,
                                      Instant lockedUntil, String login, String target)
            throws ServletException, IOException {
        request.setAttribute(ERROR_KEY_ATTRIBUTE, errorKey);
        request.setAttribute(LOCKED_UNTIL_ATTRIBUTE, lockedUntil);
        request.setAttribute(LOGIN_ATTRIBUTE, login == null ? "" : login);
        request.setAttribute(TARGET_ATTRIBUTE, target == null ? "" : target);
        request.getRequestDispatcher("/login.xhtml").forward(request, response);
    }
}
