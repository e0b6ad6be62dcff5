package org.xtoolscrm.it.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A browser-like HTTP session against the test server: cookies kept, redirects
 * followed, and a fixed User-Agent header.
 */
public final class WebSession {

    public static final String BASE_URL = System.getProperty("crm.test.base-url", "http://127.0.0.1:8180/crm");
    public static final String USER_AGENT = "XToolsCrmTest/1.0 (Java HttpClient)";

    private static final Pattern TARGET_FIELD = Pattern.compile("name=\"target\" value=\"([^\"]*)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    /** Shares the cookies, but returns redirects as they are, for checking Location and Set-Cookie. */
    private final HttpClient clientWithoutRedirects;
    private String userAgent = USER_AGENT;
    private String acceptLanguage = "en";

    /** Returns a session against the Arquillian test server. */
    public WebSession() {
        this(BASE_URL);
    }

    public WebSession(String baseUrl) {
        this(baseUrl, null);
    }

    /** Returns a session that trusts the given TLS context, for HTTPS URLs; null for the JDK's default. */
    public WebSession(String baseUrl, SSLContext tls) {
        this.baseUrl = baseUrl;
        this.client = builder(tls).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.clientWithoutRedirects = builder(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends this User-Agent header from now on. */
    public WebSession userAgent(String value) {
        this.userAgent = value;
        return this;
    }

    /** Returns whether the body is the login page. */
    public static boolean isLoginPage(String body) {
        return body.contains("id=\"login-submit\"");
    }

    /** Opens the start page, submits the login form and returns the page it lands on. */
    public HttpResponse<String> logIn(String login, String password) throws IOException, InterruptedException {
        return logInFrom("/", login, password);
    }

    /**
     * Opens a page, which shows the login form to an anonymous user, submits the form
     * with the target the page carries, and returns the page the login lands on.
     */
    public HttpResponse<String> logInFrom(String path, String login, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", login);
        form.put("password", password);
        form.put("target", field(TARGET_FIELD, page.body()));
        return post("/login", form);
    }

    /** Posts the logout form of a page with the session's token and returns the page it lands on. */
    /** Sends this Accept-Language header from now on, as a browser set to that language would. */
    public WebSession acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    /** Returns the value of the hidden CSRF field of a page, as the plain forms to servlets send it. */
    public static String csrfToken(String page) {
        return field(CSRF_FIELD, page);
    }

    public HttpResponse<String> logOut() throws IOException, InterruptedException {
        String token = field(CSRF_FIELD, get("/customer/list.xhtml").body());
        return post("/logout", Map.of("csrf", token));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form and follows the redirects. */
    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return client.send(formRequest(path, form), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form and returns the first response, redirect or not. */
    public HttpResponse<String> postWithoutRedirect(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        return clientWithoutRedirects.send(formRequest(path, form),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Requests a page and returns the first response, redirect or not. */
    public HttpResponse<String> getWithoutRedirect(String path) throws IOException, InterruptedException {
        return clientWithoutRedirects.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Requests a page with the given session id as the only cookie, as an attacker
     * who learned the id would, and follows redirects without keeping cookies.
     */
    public static HttpResponse<String> getWithSessionId(String path, String sessionId)
            throws IOException, InterruptedException {
        HttpClient bare = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Cookie", "JSESSIONID=" + sessionId)
                .GET()
                .build();
        return bare.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Requests a path and returns the body as bytes, for downloads. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a multipart form with the given extra headers, such as Faces-Request for an Ajax upload. */
    public HttpResponse<String> postMultipart(String path, MultipartBody body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a request built on this session's cookies and User-Agent header. */
    public <T> HttpResponse<T> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> build,
                                    HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return client.send(build.apply(request(path)).build(), handler);
    }

    /** Returns the value of the session cookie, or null before the server set one. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("User-Agent", userAgent)
                .header("Accept-Language", acceptLanguage);
    }

    private HttpRequest formRequest(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpClient.Builder builder(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10));
        return tls == null ? builder : builder.sslContext(tls);
    }

    /** Returns the value of a hidden form field, HTML entities decoded, or "" when the page has none. */
    private static String field(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            return "";
        }
        return matcher.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#39;", "'");
    }
}
