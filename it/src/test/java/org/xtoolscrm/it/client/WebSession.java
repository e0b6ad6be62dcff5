package org.xtoolscrm.it.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A browser-like HTTP session against the test server: cookies kept, redirects followed. */
public final class WebSession {

    public static final String BASE_URL = System.getProperty("crm.test.base-url", "http://127.0.0.1:8180/crm");

    private final String baseUrl;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Returns a session against the Arquillian test server. */
    public WebSession() {
        this(BASE_URL);
    }

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Logs in through the container's form login and returns the page it lands on. */
    public HttpResponse<String> logIn(String login, String password) throws IOException, InterruptedException {
        get("/");
        String form = "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
