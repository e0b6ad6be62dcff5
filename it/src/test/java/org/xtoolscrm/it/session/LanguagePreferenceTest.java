package org.xtoolscrm.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/** Each user picks the language of the pages; without a pick the browser's language applies. */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Language of the pages")
class LanguagePreferenceTest {

    private static final String PASSWORD = "lang-secret";
    private static final String ENGLISH_TITLE = "<title>Customers";
    private static final String CHINESE_TITLE = "<title>客户";
    private static String prefix;

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
            for (String user : new String[] {"a", "b", "c"}) {
                Database.insertUser(connection, prefix + "-" + user, "Sales " + user, "SALES", boss, PASSWORD);
            }
        }
    }

    @Test
    @DisplayName("Browser language applies without a pick")
    void browserLanguageByDefault() throws Exception {
        WebSession chinese = new WebSession().acceptLanguage("zh-CN,zh;q=0.9");
        chinese.logIn(prefix + "-a", PASSWORD);
        WebSession english = new WebSession().acceptLanguage("en-US,en;q=0.9");
        english.logIn(prefix + "-a", PASSWORD);

        assertTrue(chinese.get("/customer/list.xhtml").body().contains(CHINESE_TITLE));
        assertTrue(english.get("/customer/list.xhtml").body().contains(ENGLISH_TITLE));
    }

    @Test
    @DisplayName("Picked language wins and outlives the session")
    void pickOverridesBrowser() throws Exception {
        WebSession session = new WebSession().acceptLanguage("en");
        session.logIn(prefix + "-b", PASSWORD);
        String token = WebSession.csrfToken(session.get("/customer/list.xhtml").body());

        HttpResponse<String> picked = session.post("/language",
                Map.of("csrf", token, "language", "zh-CN", "back", "/crm/customer/list.xhtml"));
        assertEquals(200, picked.statusCode());
        assertTrue(picked.body().contains(CHINESE_TITLE), "back on the list, in Chinese");

        WebSession later = new WebSession().acceptLanguage("en");
        later.logIn(prefix + "-b", PASSWORD);
        assertTrue(later.get("/customer/list.xhtml").body().contains(CHINESE_TITLE), "the pick is stored");

        String laterToken = WebSession.csrfToken(later.get("/customer/list.xhtml").body());
        later.post("/language", Map.of("csrf", laterToken, "language", "", "back", "/crm/customer/list.xhtml"));
        assertTrue(later.get("/customer/list.xhtml").body().contains(ENGLISH_TITLE), "back to the browser's");
    }

    @Test
    @DisplayName("Change without token or to an unknown language is rejected")
    void invalidChangesRejected() throws Exception {
        WebSession session = new WebSession().acceptLanguage("en");
        session.logIn(prefix + "-c", PASSWORD);
        String token = WebSession.csrfToken(session.get("/customer/list.xhtml").body());

        assertEquals(403, session.postWithoutRedirect("/language",
                Map.of("language", "zh-CN", "back", "/crm/customer/list.xhtml")).statusCode());
        assertEquals(400, session.postWithoutRedirect("/language",
                Map.of("csrf", token, "language", "fr", "back", "/crm/customer/list.xhtml")).statusCode());
        HttpResponse<String> offsite = session.postWithoutRedirect("/language",
                Map.of("csrf", token, "language", "en", "back", "https://example.org/"));
        assertEquals("/crm/", offsite.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
        assertTrue(session.get("/customer/list.xhtml").body().contains(ENGLISH_TITLE));
    }
}
