package org.xtoolscrm.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.it.client.Database;
import org.xtoolscrm.it.client.WebSession;
import org.xtoolscrm.it.support.Deployments;

/**
 * Imports started the way a batch operator starts them: WildFly management
 * operations on the deployment (what jboss-cli.sh sends for start-job and
 * restart-job), with the file path and the owner as job parameters.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Customer import from the management CLI")
class CliImportTest {

    private static final String PASSWORD = "cli-secret";
    private static String prefix;
    private static String owner;

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void seed() throws Exception {
        if (prefix != null) {
            return;
        }
        prefix = "cli" + Long.toString(System.currentTimeMillis(), 36);
        owner = prefix + "-owner";
        try (Connection connection = Database.connect()) {
            Database.insertUser(connection, owner, "CLI Owner", "SALES", Database.userId(connection, "boss"),
                    PASSWORD);
        }
    }

    @Test
    @DisplayName("start-job imports a file for the owner and leaves the file in place")
    void startJobImports() throws Exception {
        Path file = writeFile("ok.csv", "Customer Id,Company,City\r\n"
                + prefix + "-1,Alpha Trading,Shanghai\r\n"
                + prefix + "-2,北方机械有限公司,天津市\r\n"
                + prefix + "-3,,Beijing\r\n");

        long execution = startJob(Map.of("file", file.toString(), "owner", owner));
        assertEquals("COMPLETED", awaitEnd(execution));

        Map<String, Object> record = importRecord(execution);
        assertEquals(2, record.get("imported_count"));
        assertEquals(1, record.get("rejected_count"));
        assertEquals("cli", record.get("started_by"));
        assertTrue(Files.exists(file), "a file named by the operator is not deleted");

        WebSession boss = new WebSession();
        boss.logIn("boss", "boss-secret");
        HttpResponse<String> csv = boss.get("/import/problems.csv?import=" + record.get("job_instance_id"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Row,Problem,Column,Value,Reason"), csv.body());
        assertTrue(csv.body().contains("4,INVALID,Company"), csv.body());

        WebSession stranger = new WebSession();
        stranger.logIn(owner, PASSWORD);
        assertEquals(200, stranger.get("/import/problems.csv?import=" + record.get("job_instance_id")).statusCode(),
                "the owner of the imported customers sees the import");
    }

    @Test
    @DisplayName("An unknown owner fails the job with a message; restart-job with a valid owner completes")
    void invalidOwnerThenRestart() throws Exception {
        Path file = writeFile("owner.csv", "Customer Id,Company\r\n" + prefix + "-o1,Owner Test Ltd\r\n");

        long execution = startJob(Map.of("file", file.toString(), "owner", "nobody-" + prefix));
        assertEquals("FAILED", awaitEnd(execution));
        Map<String, Object> failed = importRecord(execution);
        assertTrue(String.valueOf(failed.get("failure_message")).contains("nobody-" + prefix),
                "message names the owner: " + failed.get("failure_message"));
        assertEquals(0, failed.get("imported_count"));

        ModelNode restart = batchOperation("restart-job");
        restart.get("execution-id").set(execution);
        restart.get("properties").get("owner").set(owner);
        long restarted = execute(restart).asLong();

        assertEquals("COMPLETED", awaitEnd(restarted));
        assertEquals(1, importRecord(execution).get("imported_count"));
    }

    @Test
    @DisplayName("A missing file fails the job with a message that names it")
    void missingFileFails() throws Exception {
        String missing = Path.of("target", "no-such-" + prefix + ".csv").toAbsolutePath().toString();

        long execution = startJob(Map.of("file", missing, "owner", owner));

        assertEquals("FAILED", awaitEnd(execution));
        assertTrue(String.valueOf(importRecord(execution).get("failure_message")).contains(missing));
    }

    private Path writeFile(String name, String content) throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "cli-imports"));
        Path file = directory.resolve(prefix + "-" + name).toAbsolutePath();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private long startJob(Map<String, String> properties) throws Exception {
        ModelNode operation = batchOperation("start-job");
        operation.get("job-xml-name").set("customer-import");
        properties.forEach((key, value) -> operation.get("properties").get(key).set(value));
        return execute(operation).asLong();
    }

    private String awaitEnd(long execution) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            ModelNode read = new ModelNode();
            read.get("operation").set("read-attribute");
            read.get("name").set("batch-status");
            ModelNode address = read.get("address");
            address.add("deployment", "crm.ear");
            address.add("subdeployment", "crm-batch.jar");
            address.add("subsystem", "batch-jberet");
            address.add("job", "customer-import");
            address.add("execution", String.valueOf(execution));
            String status = execute(read).asString();
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Execution " + execution + " did not end in time");
    }

    /** Reads the import record of the job instance that the execution belongs to. */
    private static Map<String, Object> importRecord(long execution) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT i.job_instance_id, i.imported_count, i.rejected_count, i.started_by, "
                             + "i.failure_message FROM customer_import i "
                             + "JOIN JOB_EXECUTION e ON e.JOBINSTANCEID = i.job_instance_id "
                             + "WHERE e.JOBEXECUTIONID = ?")) {
            select.setLong(1, execution);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), "import record of execution " + execution);
                Map<String, Object> record = new java.util.HashMap<>();
                record.put("job_instance_id", result.getLong(1));
                record.put("imported_count", result.getInt(2));
                record.put("rejected_count", result.getInt(3));
                record.put("started_by", result.getString(4));
                record.put("failure_message", result.getString(5));
                assertFalse(result.next());
                return record;
            }
        }
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
}
