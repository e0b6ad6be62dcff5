package org.xtoolscrm.it.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.MultipartBody;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * Uploads through the customer page's file upload, as PrimeFaces sends them, and downloads
 * through the download servlet, over HTTP against the test server.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Attachment upload and download over HTTP")
class AttachmentHttpTest {

    private static final String PASSWORD = "files-secret";
    private static final String FORM = "tabs:attachment-upload";
    private static final String UPLOAD = FORM + ":upload";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private static String prefix;
    private static long ownCustomer;
    private static long colleagueCustomer;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "ah" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long managerA = Database.insertUser(connection, prefix + "-ma", "Manager A", "MANAGER", boss, PASSWORD);
            long managerB = Database.insertUser(connection, prefix + "-mb", "Manager B", "MANAGER", boss, PASSWORD);
            long salesA1 = Database.insertUser(connection, prefix + "-a1", "Sales A1", "SALES", managerA, PASSWORD);
            long salesA2 = Database.insertUser(connection, prefix + "-a2", "Sales A2", "SALES", managerA, PASSWORD);
            Database.insertUser(connection, prefix + "-b1", "Sales B1", "SALES", managerB, PASSWORD);
            ownCustomer = Database.insertCustomer(connection, prefix + "-own", "附件客户 " + prefix, salesA1);
            colleagueCustomer = Database.insertCustomer(connection, prefix + "-col", "Colleague " + prefix, salesA2);
        }
    }

    @Test
    @DisplayName("A Chinese file name survives the upload and the download")
    void chineseNameRoundTrip() throws Exception {
        String name = "报价单（终版）2026 年.pdf";
        byte[] content = "%PDF-1.4\n% 报价 ¥120,000\n".getBytes(StandardCharsets.UTF_8);
        WebSession session = loggedIn("a1");

        HttpResponse<String> upload = upload(session, ownCustomer, name, "application/pdf", content);
        assertTrue(upload.body().contains(name + " was uploaded."), upload.body());
        StoredRow row = latestAttachment(ownCustomer);
        HttpResponse<byte[]> download = session.getBytes("/attachment/download?id=" + row.id());

        assertEquals(200, download.statusCode());
        assertEquals(name, row.fileName());
        assertArrayEquals(content, download.body());
        assertEquals(sha256(content), row.sha256(), "checksum stored");
        assertEquals(row.sha256(), sha256(download.body()), "checksum of the download");
        assertEquals("application/pdf", header(download, "Content-Type"));
        assertEquals("nosniff", header(download, "X-Content-Type-Options"));
        assertEquals(String.valueOf(content.length), header(download, "Content-Length"));
        String disposition = header(download, "Content-Disposition");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertEquals(name, decodedFileNameStar(disposition));
        String fallback = match(FILENAME, disposition);
        assertTrue(fallback.chars().allMatch(c -> c >= 0x20 && c < 0x7f), fallback);
        assertTrue(fallback.endsWith(".pdf"), fallback);
    }

    @Test
    @DisplayName("Download by id across teams returns the same 404 as a missing id")
    void otherTeamGetsNotFound() throws Exception {
        upload(loggedIn("a1"), ownCustomer, "团队文件.xlsx", "application/vnd.ms-excel", new byte[] {1, 2, 3});
        long id = latestAttachment(ownCustomer).id();

        for (String other : List.of("b1", "mb", "a2")) {
            WebSession session = loggedIn(other);
            HttpResponse<byte[]> invisible = session.getBytes("/attachment/download?id=" + id);
            HttpResponse<byte[]> missing = session.getBytes("/attachment/download?id=" + Long.MAX_VALUE);
            HttpResponse<byte[]> malformed = session.getBytes("/attachment/download?id=abc");

            assertEquals(404, invisible.statusCode(), other);
            assertEquals(404, missing.statusCode(), other);
            assertEquals(404, malformed.statusCode(), other);
            assertEquals(new String(missing.body(), StandardCharsets.UTF_8),
                    new String(invisible.body(), StandardCharsets.UTF_8), "same page for " + other);
            assertFalse(new String(invisible.body(), StandardCharsets.UTF_8).contains("团队文件"), other);
            assertEquals(null, header(invisible, "Content-Disposition"), other);
        }
        assertEquals(200, loggedIn("ma").getBytes("/attachment/download?id=" + id).statusCode(), "manager of A1");
    }

    @Test
    @DisplayName("Without a login the download shows the login page, not the file")
    void anonymousGetsLoginPage() throws Exception {
        upload(loggedIn("a1"), ownCustomer, "secret.txt", "text/plain", "top secret".getBytes(StandardCharsets.UTF_8));
        long id = latestAttachment(ownCustomer).id();

        HttpResponse<String> anonymous = new WebSession().get("/attachment/download?id=" + id);

        assertTrue(WebSession.isLoginPage(anonymous.body()));
        assertFalse(anonymous.body().contains("top secret"));
    }

    @Test
    @DisplayName("HTML is sent as application/octet-stream, never as a page")
    void htmlIsNotServedAsHtml() throws Exception {
        WebSession session = loggedIn("a1");
        upload(session, ownCustomer, "page.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        long id = latestAttachment(ownCustomer).id();

        HttpResponse<byte[]> download = session.getBytes("/attachment/download?id=" + id);

        assertEquals("application/octet-stream", header(download, "Content-Type"));
        assertEquals("nosniff", header(download, "X-Content-Type-Options"));
        assertTrue(header(download, "Content-Disposition").startsWith("attachment;"));
    }

    @Test
    @DisplayName("A file over 20 MB gets a message naming it and the limit, and nothing is stored")
    void oversizedUploadIsRejected() throws Exception {
        WebSession session = loggedIn("a2");
        long before = attachmentCount(colleagueCustomer);

        HttpResponse<String> response = upload(session, colleagueCustomer, "全年合同扫描件.zip", "application/zip",
                new byte[20 * 1024 * 1024 + 1]);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("全年合同扫描件.zip is larger than 20"), response.body());
        assertTrue(response.body().contains("MB, the largest file allowed"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
        assertEquals(before, attachmentCount(colleagueCustomer));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    @DisplayName("A request over the server's 200 MB limit is refused before its body is sent")
    void requestOverServerLimitIsRefused() throws Exception {
        WebSession session = loggedIn("a2");
        long length = 201L * 1024 * 1024;

        HttpResponse<String> response = session.send("/customer/view.xhtml",
                builder -> builder.version(HttpClient.Version.HTTP_1_1)
                        .expectContinue(true)
                        .header("Content-Type", "multipart/form-data; boundary=unused")
                        .POST(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[0])),
                                length)),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(response.statusCode() == 400 || response.statusCode() == 413, "status " + response.statusCode());
        assertFalse(response.body().contains("Exception"), response.body());
        assertEquals(200, session.get("/customer/view.xhtml?tab=attachments&id=" + colleagueCustomer).statusCode(),
                "the server still answers");
    }

    @Test
    @DisplayName("A file name with a path is rejected by the upload and stores nothing")
    void pathInFileNameIsRejected() throws Exception {
        WebSession session = loggedIn("a2");
        long before = attachmentCount(colleagueCustomer);

        HttpResponse<String> response = upload(session, colleagueCustomer, "../../../evil.txt", "text/plain",
                "evil".getBytes(StandardCharsets.UTF_8));

        assertTrue(response.body().contains("ui-messages-error"), response.body());
        assertEquals(before, attachmentCount(colleagueCustomer));
        Path server = Path.of(System.getProperty("jboss.home"), "standalone");
        assertFalse(Files.exists(server.resolve("evil.txt")));
        assertFalse(Files.exists(server.resolve("data").resolve("evil.txt")));
    }

    /** Posts one file the way the page's p:fileUpload does: an Ajax request per file. */
    private static HttpResponse<String> upload(WebSession session, long customerId, String fileName, String type,
                                               byte[] content) throws IOException, InterruptedException {
        String page = session.get("/customer/view.xhtml?tab=attachments&id=" + customerId).body();
        MultipartBody body = new MultipartBody()
                .field(FORM, FORM)
                .field(FORM + ":description", "")
                .field("upload-batch", "batch-" + System.nanoTime())
                .field("jakarta.faces.ViewState", match(VIEW_STATE, page))
                .field("jakarta.faces.partial.ajax", "true")
                .field("jakarta.faces.source", UPLOAD)
                .field("jakarta.faces.partial.execute", UPLOAD + " " + FORM + ":description")
                .field("jakarta.faces.partial.render", FORM + ":upload-messages tabs:attachments")
                .field(UPLOAD + "_totalFilesCount", "1")
                .file(UPLOAD, fileName, type, content);
        return session.postMultipart("/customer/view.xhtml", body, "Faces-Request", "partial/ajax");
    }

    private static WebSession loggedIn(String key) throws IOException, InterruptedException {
        WebSession session = new WebSession();
        session.logIn(prefix + "-" + key, PASSWORD);
        return session;
    }

    private record StoredRow(long id, String fileName, String sha256) {
    }

    private static StoredRow latestAttachment(long customerId) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT id, file_name, sha256 FROM attachment "
                     + "WHERE customer_id = ? ORDER BY id DESC LIMIT 1")) {
            select.setLong(1, customerId);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), "an attachment of customer " + customerId);
                return new StoredRow(result.getLong(1), result.getString(2), result.getString(3));
            }
        }
    }

    private static long attachmentCount(long customerId) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM attachment WHERE customer_id = ?")) {
            select.setLong(1, customerId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Returns the upload's temporary files left in the test server's attachment directory. */
    private static List<Path> temporaryFiles() throws IOException {
        Path directory = Path.of(System.getProperty("jboss.home"), "standalone", "data", "crm-attachments");
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return new ArrayList<>(files.filter(file -> file.getFileName().toString().endsWith(".part")).toList());
        }
    }

    private static String decodedFileNameStar(String disposition) {
        // RFC 5987 keeps '+' literal, while URLDecoder would turn it into a space.
        return URLDecoder.decode(match(FILENAME_STAR, disposition).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
