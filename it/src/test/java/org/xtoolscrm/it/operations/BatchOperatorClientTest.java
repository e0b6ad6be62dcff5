package org.xtoolscrm.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.ServerProperties;

/**
 * The batch operator's tools seen from outside the server: the page over HTTP per role, the
 * management CLI's start-job for a file that a running import reads, and the mail to the
 * operators when a job fails. A real SMTP server (GreenMail) catches the mail, on the port
 * that the test server's mail session points at.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Batch operator page, CLI and mail")
class BatchOperatorClientTest {

    private static final String PASSWORD = "ops-secret";
    private static final String OPERATOR = "night-operator@example.test";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static String prefix;
    private static GreenMail smtp;

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startSmtpServer() {
        int port = Integer.parseInt(System.getProperty("crm.test.smtp-port"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "bo" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = Database.connect()) {
            long boss = Database.userId(connection, "boss");
            long manager = Database.insertUser(connection, prefix + "-m", "Manager " + prefix, "MANAGER", boss,
                    PASSWORD);
            Database.insertUser(connection, prefix + "-s", "Seller " + prefix, "SALES", manager, PASSWORD);
        }
    }

    @Test
    @DisplayName("Boss opens the jobs page; others get 403 and no menu link")
    void pageForBossOnly() throws Exception {
        WebSession boss = loggedIn("boss", "boss-secret");
        HttpResponse<String> page = boss.get("/operations/jobs.xhtml");
        String bossMenu = boss.get("/customer/list.xhtml").body();

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("jobs:table"), "executions table");
        assertTrue(page.body().contains("customer-import"), "job filter offers customer-import");
        assertTrue(bossMenu.contains("nav-jobs"));

        for (String key : List.of("m", "s")) {
            WebSession session = loggedIn(prefix + "-" + key, PASSWORD);
            HttpResponse<String> forbidden = session.get("/operations/jobs.xhtml");

            assertEquals(403, forbidden.statusCode(), key);
            assertFalse(forbidden.body().contains("jobs:table"), key);
            assertFalse(session.get("/customer/list.xhtml").body().contains("nav-jobs"), key);
        }
    }

    @Test
    @DisplayName("start-job of a file that a running import reads fails and names that import")
    void cliStartOfRunningFileFails() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "cli-imports")).resolve(prefix + "-large.csv")
                .toAbsolutePath();
        StringBuilder csv = new StringBuilder("Customer Id,Company\r\n");
        for (int i = 1; i <= 200_000; i++) {
            csv.append(prefix).append("-l").append(i).append(",Large ").append(i).append("\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Path copy = file.resolveSibling(prefix + "-large-copy.csv");
        Files.copy(file, copy);

        long first = startJob(Map.of("file", file.toString(), "owner", "boss"));
        try {
            long firstInstance = awaitAccepted(first);
            long samePath = startJob(Map.of("file", file.toString(), "owner", "boss"));
            long sameContent = startJob(Map.of("file", copy.toString(), "owner", "boss"));

            assertEquals("FAILED", awaitEnd(samePath));
            assertEquals("FAILED", awaitEnd(sameContent));
            assertEquals("STARTED", batchStatus(first), "the first import runs on");
            for (long rejected : List.of(samePath, sameContent)) {
                String message = failureMessage(rejected);
                assertNotNull(message, "failure message of execution " + rejected);
                assertTrue(message.contains("Import " + firstInstance + " "), message);
                assertTrue(message.contains(file.getFileName().toString()), message);
            }
        } finally {
            ModelNode stop = batchOperation("stop-job");
            stop.get("execution-id").set(first);
            management.getControllerClient().execute(stop);
            awaitEnd(first);
        }
    }

    @Test
    @DisplayName("Failed job with mail on sends the operator one message")
    void failedJobMailsOperator() throws Exception {
        ServerProperties.set(management, "crm.mail.enabled", "true");
        ServerProperties.set(management, "crm.mail.from", "crm@example.test");
        ServerProperties.set(management, "crm.batch.operator-email", OPERATOR);
        long execution;
        try {
            String missing = Path.of("target", "no-such-" + prefix + ".csv").toAbsolutePath().toString();
            execution = startJob(Map.of("file", missing, "owner", "boss"));
            assertEquals("FAILED", awaitEnd(execution));
            assertTrue(smtp.waitForIncomingEmail(30_000, 1), "no mail within 30 s");
        } finally {
            ServerProperties.remove(management, "crm.mail.enabled");
            ServerProperties.remove(management, "crm.mail.from");
            ServerProperties.remove(management, "crm.batch.operator-email");
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals(OPERATOR, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("crm@example.test", mail.getFrom()[0].toString());
        assertTrue(mail.getSubject().contains("customer-import"), mail.getSubject());
        assertTrue(mail.getSubject().contains("execution " + execution), mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains("Execution: " + execution), body);
        assertTrue(body.contains("Exit status: INVALID"), body);
    }

    private long startJob(Map<String, String> properties) throws Exception {
        ModelNode operation = batchOperation("start-job");
        operation.get("job-xml-name").set("customer-import");
        properties.forEach((key, value) -> operation.get("properties").get(key).set(value));
        return execute(operation).asLong();
    }

    /** Waits until the import of the execution has passed its preparation and returns its instance id. */
    private static long awaitAccepted(long execution) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = Database.connect();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT job_instance_id FROM customer_import "
                                 + "WHERE last_execution_id = ? AND file_sha256 IS NOT NULL")) {
                select.setLong(1, execution);
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        return result.getLong(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Execution " + execution + " did not pass its preparation in time");
    }

    private static String failureMessage(long execution) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT failure_message FROM customer_import WHERE last_execution_id = ?")) {
            select.setLong(1, execution);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), "import record of execution " + execution);
                return result.getString(1);
            }
        }
    }

    private String awaitEnd(long execution) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String status = batchStatus(execution);
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Execution " + execution + " did not end in time");
    }

    private String batchStatus(long execution) throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("name").set("batch-status");
        ModelNode address = read.get("address");
        address.add("deployment", "crm.ear");
        address.add("subdeployment", "crm-batch.jar");
        address.add("subsystem", "batch-jberet");
        address.add("job", "customer-import");
        address.add("execution", String.valueOf(execution));
        return execute(read).asString();
    }

    private static ModelNode batchOperation(String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        ModelNode address = operation.get("address");
        address.add("deployment", "crm.ear");
        address.add("subdeployment", "crm-batch.jar");
        address.add("subsystem", "batch-jberet");
        return operation;
    }

    private ModelNode execute(ModelNode operation) throws Exception {
        ModelNode response = management.getControllerClient().execute(operation);
        assertEquals("success", response.get("outcome").asString(), response.toString());
        return response.get("result");
    }

    private static WebSession loggedIn(String login, String password) throws Exception {
        WebSession session = new WebSession();
        HttpResponse<String> landing = session.logIn(login, password);
        assertTrue(landing.body().contains("signed-in-as"), "login as " + login + " succeeded");
        return session;
    }
}
