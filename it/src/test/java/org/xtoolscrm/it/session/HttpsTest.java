package org.xtoolscrm.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.TestTeam;

/**
 * HTTPS as provision.sh sets it up with 05-https.cli and a self-signed keystore: the
 * test trusts that keystore's certificate only.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("HTTPS listener")
class HttpsTest {

    private static final int HTTPS_PORT = 8443 + Integer.getInteger("crm.test.port-offset", 100);
    private static final String BASE_URL = "https://127.0.0.1:" + HTTPS_PORT + "/crm";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    @DisplayName("Session cookie over HTTPS is Secure, HttpOnly and SameSite=Lax")
    void secureCookie() throws Exception {
        WebSession session = new WebSession(BASE_URL, trustDemoCertificate());
        session.get("/");

        HttpResponse<String> response = session.postWithoutRedirect("/login",
                Map.of("username", TestTeam.BOSS, "password", TestTeam.BOSS_PASSWORD, "target", ""));

        assertEquals(302, response.statusCode());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("; secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(session.get("/customer/list.xhtml").body().contains("signed-in-as"), "logged in over HTTPS");
    }

    /** Trusts the certificate provision.sh generated for the test server, and nothing else. */
    private static SSLContext trustDemoCertificate() throws Exception {
        Path certificate = Path.of(System.getProperty("jboss.home"), "standalone", "configuration",
                "crm-demo-tls.crt");
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("crm", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
