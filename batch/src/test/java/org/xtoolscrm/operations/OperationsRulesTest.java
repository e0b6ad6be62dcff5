package org.xtoolscrm.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Batch operations rules")
class OperationsRulesTest {

    @Test
    @DisplayName("Parameters are sorted by key and joined")
    void parametersSorted() {
        Properties parameters = new Properties();
        parameters.setProperty("owner", "sales1");
        parameters.setProperty("file", "/data/customers.csv");
        parameters.setProperty("date", "2026-12-01");
        parameters.setProperty("jberet.jobXmlName", "customer-import.xml");

        assertEquals("date=2026-12-01, file=/data/customers.csv, owner=sales1", ParameterText.format(parameters));
    }

    @Test
    @DisplayName("Secret parameters are hidden")
    void secretsHidden() {
        Properties parameters = new Properties();
        parameters.setProperty("smtpPassword", "hunter2");
        parameters.setProperty("apiSecret", "s3");
        parameters.setProperty("owner", "sales1");

        String text = ParameterText.format(parameters);

        assertEquals("apiSecret=***, owner=sales1, smtpPassword=***", text);
        assertFalse(text.contains("hunter2"));
    }

    @Test
    @DisplayName("No parameters format as empty text")
    void noParameters() {
        assertEquals("", ParameterText.format(new Properties()));
        assertEquals("", ParameterText.format(null));
        assertEquals("", ParameterText.formatStored(null));
        assertEquals("", ParameterText.formatStored("  "));
    }

    @Test
    @DisplayName("Stored parameters parse with escapes and comments")
    void storedParametersParse() throws IOException {
        Properties parameters = new Properties();
        parameters.setProperty("file", "C:\\imports\\a=b.csv");
        parameters.setProperty("fileName", "客户 清单.csv");
        StringWriter stored = new StringWriter();
        parameters.store(stored, null);

        assertEquals("file=C:\\imports\\a=b.csv, fileName=客户 清单.csv", ParameterText.formatStored(stored.toString()));
    }

    @Test
    @DisplayName("Keep days default, override and invalid values")
    void keepDays() {
        assertEquals(90, KeepDays.from(key -> null, key -> null));
        assertEquals(30, KeepDays.from(Map.of("crm.batch.keep-days", "30")::get, key -> null));
        assertEquals(7, KeepDays.from(key -> null, Map.of("CRM_BATCH_KEEP_DAYS", " 7 ")::get));
        assertEquals(30, KeepDays.from(Map.of("crm.batch.keep-days", "30")::get,
                Map.of("CRM_BATCH_KEEP_DAYS", "7")::get));
        for (String invalid : List.of("0", "-5", "3651", "ninety", "1.5")) {
            assertEquals(90, KeepDays.from(Map.of("crm.batch.keep-days", invalid)::get, key -> null), invalid);
        }
        assertEquals(3650, KeepDays.from(Map.of("crm.batch.keep-days", "3650")::get, key -> null));
    }

    @Test
    @DisplayName("Failure message is the exception's first line")
    void firstLine() {
        assertEquals("java.io.UncheckedIOException: quote not closed",
                ExecutionRepository.firstLine("java.io.UncheckedIOException: quote not closed\n\tat a.B.c(B.java:1)\n"));
        assertEquals("single line", ExecutionRepository.firstLine("single line"));
    }

    @Test
    @DisplayName("Failure mail names the job and the execution")
    void failureMail() {
        String subject = JobFailureNotifier.FailureMail.subject("customer-import", 42);
        String text = JobFailureNotifier.FailureMail.text("customer-import", 42, 7, "INVALID",
                "file=/data/x.csv, owner=nobody", "java.lang.IllegalStateException: boom");

        assertEquals("XTools CRM: batch job customer-import failed (execution 42)", subject);
        assertTrue(text.contains("Execution: 42\n"), text);
        assertTrue(text.contains("Job instance: 7\n"), text);
        assertTrue(text.contains("Exit status: INVALID\n"), text);
        assertTrue(text.contains("Parameters: file=/data/x.csv, owner=nobody\n"), text);
        assertTrue(text.contains("Error: java.lang.IllegalStateException: boom\n"), text);
        assertTrue(text.contains("restart-job(execution-id=42)"), text);
    }

    @Test
    @DisplayName("Restartable only when failed or stopped and latest")
    void restartableRow() {
        assertTrue(row("FAILED", true).isRestartable());
        assertTrue(row("STOPPED", true).isRestartable());
        assertFalse(row("FAILED", false).isRestartable());
        assertFalse(row("COMPLETED", true).isRestartable());
        assertTrue(row("STARTED", true).isStoppable());
        assertFalse(row("STOPPING", true).isStoppable());
        assertTrue(row("STOPPING", true).isRunning());
    }

    @Test
    @DisplayName("Every job XML of the module lists the failure notifier")
    void everyJobListsNotifier() throws IOException {
        Path jobs = Path.of("src/main/resources/META-INF/batch-jobs");
        List<Path> files;
        try (Stream<Path> listing = Files.list(jobs)) {
            files = listing.filter(path -> path.toString().endsWith(".xml")).toList();
        }

        assertFalse(files.isEmpty(), "no job XML in " + jobs.toAbsolutePath());
        for (Path file : files) {
            assertTrue(Files.readString(file).contains("<listener ref=\"jobFailureNotifier\"/>"),
                    file.getFileName() + " does not list jobFailureNotifier among its job listeners");
        }
    }

    private static ExecutionRow row(String status, boolean latest) {
        return new ExecutionRow(1, 1, "customer-import", status, status, "", null, null, null, 0, 0, 0, 0, null,
                latest);
    }
}
