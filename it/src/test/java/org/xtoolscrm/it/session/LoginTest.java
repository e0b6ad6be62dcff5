package org.xtoolscrm.it.session;

import org.xtoolscrm.company.CompanyCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.LoginLog;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** The login step over HTTP, as a browser goes through it. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Login step")
class LoginTest {

    private static final String PASSWORD = "login-secret";
    private static final String FAILED = "The login or password is wrong, or the account is disabled.";
    private static final String LOCKED = "This account is locked after too many failed logins. Try again after ";

    private static String prefix;
    private static long customerId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "lg" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            for (String key : List.of("first", "ok", "wrong", "lock", "unlock", "reset", "disabled", "sid", "out", "to")) {
                Database.insertUser(connection, login(key), "Login " + key, "SALES", boss, PASSWORD);
            }
            customerId = Database.insertCustomer(connection, prefix + "-c1", "登录测试客户 " + prefix,
                    Database.userId(connection, login("to")));
            Database.setEnabled(connection, login("disabled"), false);
        }
    }

    @Test
    @DisplayName("Success lands on the start page and is logged with IP and user agent")
    void successIsLogged() throws Exception {
        WebSession session = new WebSession().userAgent("LoginTest-Agent/2.0");
        HttpResponse<String> landing = session.logIn(login("first"), PASSWORD);

        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("signed-in-as"), "logged in");
        List<LoginLog.Row> rows = LoginLog.rows(login("first"));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("SUCCESS", rows.get(0).outcome());
        assertEquals("127.0.0.1", rows.get(0).ipAddress());
        assertEquals("LoginTest-Agent/2.0", rows.get(0).userAgent());
        assertNull(rows.get(0).lockedUntil());
        assertTrue(rows.get(0).attemptedAt().isAfter(Instant.now().minusSeconds(120)), "time is now, in UTC");
    }

    @Test
    @DisplayName("Wrong password, unknown login and disabled account get the same message")
    void failuresShareOneMessage() throws Exception {
        String unknown = prefix + "-nobody";

        HttpResponse<String> wrong = new WebSession().logIn(login("wrong"), "not-the-password");
        HttpResponse<String> missing = new WebSession().logIn(unknown, PASSWORD);
        HttpResponse<String> disabled = new WebSession().logIn(login("disabled"), PASSWORD);

        for (HttpResponse<String> page : List.of(wrong, missing, disabled)) {
            assertTrue(WebSession.isLoginPage(page.body()), "login page shown again");
            assertTrue(page.body().contains(FAILED), page.body());
            assertFalse(page.body().contains("signed-in-as"));
        }
        assertEquals(List.of("BAD_CREDENTIALS"), LoginLog.outcomes(login("wrong")));
        assertEquals(List.of("BAD_CREDENTIALS"), LoginLog.outcomes(unknown));
        assertEquals(List.of("DISABLED"), LoginLog.outcomes(login("disabled")));
    }

    @Test
    @DisplayName("Fifth failure locks the login; the right password is then rejected too")
    void fifthFailureLocks() throws Exception {
        String login = login("lock");
        WebSession session = new WebSession();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> page = session.logIn(login, "wrong-" + i);
            assertTrue(page.body().contains(FAILED), "failure " + i + " shows the plain message");
        }

        HttpResponse<String> fifth = session.logIn(login, "wrong-5");
        HttpResponse<String> right = session.logIn(login, PASSWORD);

        List<LoginLog.Row> rows = LoginLog.rows(login);
        assertEquals(List.of("BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                "BAD_CREDENTIALS", "LOCKED"), rows.stream().map(LoginLog.Row::outcome).toList());
        Instant lockedUntil = rows.get(4).lockedUntil();
        assertNotNull(lockedUntil, "the fifth failure records the lock");
        long lockMinutes = (lockedUntil.getEpochSecond() - rows.get(4).attemptedAt().getEpochSecond()) / 60;
        assertEquals(15, lockMinutes, "default lock of 15 minutes");
        assertEquals(lockedUntil, rows.get(5).lockedUntil());

        // The page shows the time alone when the lock ends on the day of the attempt, else
        // the date too, as when a lock taken at 23:54 ends at 00:09.
        ZoneId zone = CompanyCalendar.current().zone();
        boolean sameDay = lockedUntil.atZone(zone).toLocalDate().equals(rows.get(4).attemptedAt().atZone(zone)
                .toLocalDate());
        String expected = LOCKED + DateTimeFormatter.ofPattern(sameDay ? "HH:mm" : "yyyy-MM-dd HH:mm")
                .format(lockedUntil.atZone(zone));
        assertTrue(fifth.body().contains(expected), "fifth failure shows the lock: " + fifth.body());
        assertTrue(right.body().contains(expected), "right password during the lock is rejected");
        assertFalse(right.body().contains("signed-in-as"));
        assertTrue(serverLog().stream().anyMatch(line -> line.contains("WARNING")
                && line.contains("Login " + login + " locked until") && line.contains("127.0.0.1")),
                "server log warns of the lock with login and IP");
        assertTrue(serverLog().stream().noneMatch(line -> line.contains("wrong-5")), "no password in the log");
    }

    @Test
    @DisplayName("Unknown logins are locked like real ones")
    void unknownLoginLocks() throws Exception {
        String unknown = prefix + "-ghost";
        WebSession session = new WebSession();
        for (int i = 1; i <= 4; i++) {
            session.logIn(unknown, "guess-" + i);
        }

        HttpResponse<String> fifth = session.logIn(unknown, "guess-5");

        assertTrue(fifth.body().contains(LOCKED), fifth.body());
        List<LoginLog.Row> rows = LoginLog.rows(unknown);
        assertEquals(5, rows.size(), rows.toString());
        assertEquals("BAD_CREDENTIALS", rows.get(4).outcome());
        assertNotNull(rows.get(4).lockedUntil(), "the fifth failure records the lock");
    }

    @Test
    @DisplayName("Login works again once the lock has ended")
    void lockEnds() throws Exception {
        String login = login("unlock");
        WebSession session = new WebSession();
        for (int i = 1; i <= 5; i++) {
            session.logIn(login, "wrong-" + i);
        }
        assertTrue(session.logIn(login, PASSWORD).body().contains(LOCKED), "locked at first");

        LoginLog.moveCounterBack(login, 16);
        HttpResponse<String> after = session.logIn(login, PASSWORD);

        assertTrue(after.body().contains("signed-in-as"), "logged in after the lock ended");
        assertFalse(LoginLog.hasCounter(login), "success deletes the failure counter");
        List<String> outcomes = LoginLog.outcomes(login);
        assertEquals("SUCCESS", outcomes.get(outcomes.size() - 1));
    }

    @Test
    @DisplayName("Success resets the failure count")
    void successResetsCount() throws Exception {
        String login = login("reset");
        for (int i = 1; i <= 4; i++) {
            new WebSession().logIn(login, "wrong-" + i);
        }
        assertTrue(new WebSession().logIn(login, PASSWORD).body().contains("signed-in-as"));

        WebSession session = new WebSession();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> page = session.logIn(login, "again-" + i);
            assertTrue(page.body().contains(FAILED), "failure " + i + " after the success does not lock");
        }
        assertTrue(session.logIn(login, "again-5").body().contains(LOCKED), "the fifth failure after it does");
    }

    @Test
    @DisplayName("j_security_check answers 404 and logs nobody in")
    void containerLoginIsBlocked() throws Exception {
        WebSession session = new WebSession();
        session.get("/");

        HttpResponse<String> response = session.post("/j_security_check",
                Map.of("j_username", login("ok"), "j_password", PASSWORD));

        assertEquals(404, response.statusCode());
        assertTrue(WebSession.isLoginPage(session.get("/customer/list.xhtml").body()), "still anonymous");
    }

    @Test
    @DisplayName("Session id changes at login; the old id is not logged in")
    void sessionIdChanges() throws Exception {
        WebSession session = new WebSession();
        session.get("/customer/list.xhtml");
        String before = session.sessionId();
        assertNotNull(before, "the login page started a session");

        session.logIn(login("sid"), PASSWORD);
        String after = session.sessionId();

        assertNotNull(after);
        assertNotEquals(before, after);
        HttpResponse<String> withOldId = WebSession.getWithSessionId("/customer/list.xhtml", before);
        assertTrue(WebSession.isLoginPage(withOldId.body()), "the id from before the login is anonymous");
    }

    @Test
    @DisplayName("Login response sets the session cookie HttpOnly and SameSite=Lax, not Secure over HTTP")
    void sessionCookieFlags() throws Exception {
        WebSession session = new WebSession();
        session.get("/");

        HttpResponse<String> response = session.postWithoutRedirect("/login",
                Map.of("username", login("ok"), "password", PASSWORD, "target", ""));

        assertEquals(302, response.statusCode());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), cookie);
    }

    @Test
    @DisplayName("Logout needs the session's token and then ends the session")
    void logoutEndsSession() throws Exception {
        WebSession session = new WebSession();
        session.logIn(login("out"), PASSWORD);

        HttpResponse<String> forged = session.postWithoutRedirect("/logout", Map.of("csrf", "forged"));
        assertEquals(403, forged.statusCode());
        session.get("/logout");
        assertTrue(session.get("/customer/list.xhtml").body().contains("signed-in-as"),
                "a GET or a POST without the token keeps the session");

        String loggedInId = session.sessionId();
        session.logOut();

        assertTrue(WebSession.isLoginPage(session.get("/customer/list.xhtml").body()), "logged out");
        HttpResponse<String> withOldId = WebSession.getWithSessionId("/customer/list.xhtml", loggedInId);
        assertTrue(WebSession.isLoginPage(withOldId.body()), "the old session id is dead");
    }

    @Test
    @DisplayName("Login continues to the page first requested")
    void continuesToRequestedPage() throws Exception {
        String path = "/customer/view.xhtml?id=" + customerId;
        WebSession session = new WebSession();

        HttpResponse<String> landing = session.logInFrom(path, login("to"), PASSWORD);

        assertEquals(URI.create(WebSession.BASE_URL + path).getPath(), landing.uri().getPath());
        assertEquals("id=" + customerId, landing.uri().getQuery());
        assertTrue(landing.body().contains("登录测试客户 " + prefix), "the customer page is shown");
    }

    @Test
    @DisplayName("Targets outside the application go to the start page")
    void openRedirectIsRejected() throws Exception {
        String start = URI.create(WebSession.BASE_URL + "/").toString();
        String context = URI.create(WebSession.BASE_URL).getPath();
        List<String> targets = List.of("//evil.example/", "https://evil.example" + context + "/",
                "/\\evil.example", context + "/../other", context + "x/list.xhtml", context + "/%2e%2e/other",
                "javascript:alert(1)");

        for (String target : targets) {
            WebSession session = new WebSession();
            session.get("/");
            HttpResponse<String> response = session.postWithoutRedirect("/login",
                    Map.of("username", login("ok"), "password", PASSWORD, "target", target));

            assertEquals(302, response.statusCode(), target);
            assertEquals(start, response.headers().firstValue("Location").orElse(""), target);
        }
    }

    @Test
    @DisplayName("Logged-in user opening the login page goes to the start page")
    void loginPageRedirectsWhenLoggedIn() throws Exception {
        WebSession session = new WebSession();
        session.logIn(login("ok"), PASSWORD);

        HttpResponse<String> response = session.getWithoutRedirect("/login.xhtml");

        assertEquals(302, response.statusCode());
        assertEquals(WebSession.BASE_URL + "/", response.headers().firstValue("Location").orElse(""));
    }

    private static String login(String key) {
        return prefix + "-" + key;
    }

    private static List<String> serverLog() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : Collections.emptyList();
    }
}
