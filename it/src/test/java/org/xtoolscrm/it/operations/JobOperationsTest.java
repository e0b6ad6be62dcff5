package org.xtoolscrm.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xtoolscrm.account.AccountService;
import org.xtoolscrm.importing.ImportHistoryService;
import org.xtoolscrm.importing.job.CustomerImportJobs;
import org.xtoolscrm.importing.job.DuplicateImportException;
import org.xtoolscrm.it.support.Deployments;
import org.xtoolscrm.it.support.Identities;
import org.xtoolscrm.it.support.ImportRuns;
import org.xtoolscrm.it.support.TestTeam;
import org.xtoolscrm.operations.ExecutionFilter;
import org.xtoolscrm.operations.ExecutionRow;
import org.xtoolscrm.operations.ExecutionSortField;
import org.xtoolscrm.operations.JobOperationException;
import org.xtoolscrm.operations.JobOperations;

/**
 * The batch operator EJB in the container against the real job repository: listing with
 * step counts, stop and restart, the rejection of a second import of the same content,
 * purge, and the Boss-only rule.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Batch operations")
class JobOperationsTest {

    private static final String BOSS = TestTeam.BOSS;
    private static final String BOSS_PASSWORD = TestTeam.BOSS_PASSWORD;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** Rows of the import kept running long enough to act on it; it is stopped early. */
    private static final int LARGE_ROWS = 200_000;

    private static TestTeam team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(JobOperationsTest.class);
    }

    @EJB
    private JobOperations operations;

    @EJB
    private CustomerImportJobs jobs;

    @EJB
    private ImportHistoryService history;

    @EJB
    private AccountService accounts;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/CrmBatchDS")
    private DataSource batchDataSource;

    @BeforeEach
    void createTeam() throws Exception {
        if (team == null) {
            team = TestTeam.create("ops" + Long.toString(System.currentTimeMillis(), 36), accounts, dataSource);
        }
    }

    @Test
    @DisplayName("List shows an import's execution with its step counts")
    void listShowsImportWithCounts() throws Exception {
        String code = team.prefix + "-list";
        String csv = "Customer Id,Company,Email\r\n"
                + code + "-1,One Ltd,one@example.com\r\n"
                + code + "-2,Two Ltd,two@example.com\r\n"
                + code + "-3,Three Ltd,three@\r\n"
                + code + "-4,Four Ltd,four@example.com\r\n"
                + code + "-5,五金有限公司,five@example.com\r\n";
        long instance = ImportRuns.start(jobs, BOSS, BOSS_PASSWORD, "list.csv", csv, StandardCharsets.UTF_8, BOSS);
        ImportRuns.awaitEnd(jobs, BOSS, BOSS_PASSWORD, instance);

        List<String> names = asBoss(() -> operations.jobNames());
        ExecutionRow row = onlyRowOf(instance);

        assertTrue(names.contains("customer-import"), names.toString());
        assertEquals("customer-import", row.jobName());
        assertEquals("COMPLETED", row.batchStatus());
        assertEquals("COMPLETED", row.exitStatus());
        assertEquals(5, row.readCount());
        assertEquals(4, row.writeCount());
        assertEquals(1, row.skipCount());
        assertTrue(row.commitCount() >= 1, "commit count " + row.commitCount());
        assertTrue(row.parameters().contains("fileName=list.csv"), row.parameters());
        assertTrue(row.parameters().contains("owner=" + BOSS), row.parameters());
        assertNotNull(row.startTime());
        assertNotNull(row.endTime());
        assertFalse(row.endTime().isBefore(row.startTime()));
        assertEquals(null, row.failureMessage());
        assertTrue(row.latest());

        List<ExecutionRow> newestFirst = asBoss(() -> operations.findPage(ExecutionFilter.none(),
                ExecutionSortField.EXECUTION_ID, false, 0, 5));
        assertEquals(row.executionId(), newestFirst.get(0).executionId(), "the newest execution comes first");
        long completed = asBoss(() -> operations.count(new ExecutionFilter("customer-import", "COMPLETED")));
        long failed = asBoss(() -> operations.count(new ExecutionFilter("customer-import", "FAILED")));
        long all = asBoss(() -> operations.count(ExecutionFilter.none()));
        assertTrue(completed >= 1);
        assertTrue(all >= completed + failed);
        assertEquals(0, asBoss(() -> operations.count(new ExecutionFilter("no-such-job", null))));
    }

    @Test
    @DisplayName("Failed import shows its message and is counted until restarted")
    void failedImportIsFlagged() throws Exception {
        String code = team.prefix + "-fail";
        StringBuilder good = new StringBuilder("Customer Id,Company\r\n");
        for (int i = 1; i <= 700; i++) {
            good.append(code).append('-').append(i).append(",Company ").append(i).append("\r\n");
        }
        // Row 602 opens a quote that never closes, so reading fails in the second chunk.
        String broken = good.toString().replace(code + "-601,Company 601", code + "-601,\"Company 601");
        long failuresBefore = asBoss(() -> operations.countUnresolvedFailures());

        long instance = ImportRuns.start(jobs, BOSS, BOSS_PASSWORD, "broken.csv", broken, StandardCharsets.UTF_8,
                BOSS);
        ImportRuns.awaitEnd(jobs, BOSS, BOSS_PASSWORD, instance);
        ExecutionRow failed = onlyRowOf(instance);

        assertEquals("FAILED", failed.batchStatus());
        assertTrue(failed.isRestartable());
        assertNotNull(failed.failureMessage());
        assertEquals(500, failed.writeCount(), "the first chunk was committed");
        assertEquals(failuresBefore + 1, asBoss(() -> operations.countUnresolvedFailures()));

        Path file = Path.of(asBoss(() -> history.getVisible(instance)).getFilePath());
        Files.writeString(file, good.toString(), StandardCharsets.UTF_8);
        long restarted = asBoss(() -> operations.restart(failed.executionId()));
        ExecutionRow done = awaitRow(restarted, row -> !row.isRunning());

        assertEquals("COMPLETED", done.batchStatus());
        assertEquals(failuresBefore, asBoss(() -> operations.countUnresolvedFailures()));
        JobOperationException notLatest = assertThrows(JobOperationException.class,
                () -> asBoss(() -> operations.restart(failed.executionId())));
        assertEquals(JobOperationException.Reason.NOT_LATEST, notLatest.reason());
    }

    @Test
    @DisplayName("Running import stops, rejects the same file, and restarts")
    void stopRejectDuplicateRestart() throws Exception {
        String content = largeFile(team.prefix + "-big");
        long instance = ImportRuns.start(jobs, BOSS, BOSS_PASSWORD, "big.csv", content, StandardCharsets.UTF_8, BOSS);
        ExecutionRow running = awaitRowOf(instance, row -> row.isRunning() && row.writeCount() > 0);

        DuplicateImportException duplicate = assertThrows(DuplicateImportException.class,
                () -> ImportRuns.start(jobs, team.login("salesDirect"), TestTeam.PASSWORD, "copy of big.csv",
                        content, StandardCharsets.UTF_8, team.login("salesDirect")));
        assertEquals(instance, duplicate.running().jobInstanceId());
        assertEquals("big.csv", duplicate.running().fileName());
        assertTrue(duplicate.getMessage().contains("big.csv"), duplicate.getMessage());
        JobOperationException notStoppedYet = assertThrows(JobOperationException.class,
                () -> asBoss(() -> operations.restart(running.executionId())));
        assertEquals(JobOperationException.Reason.NOT_RESTARTABLE, notStoppedYet.reason());

        asBoss(() -> operations.stop(running.executionId()));
        ExecutionRow stopped = awaitRow(running.executionId(), row -> !row.isRunning());

        assertEquals("STOPPED", stopped.batchStatus());
        assertTrue(stopped.writeCount() < LARGE_ROWS, "stopped before the end: " + stopped.writeCount());
        JobOperationException notRunning = assertThrows(JobOperationException.class,
                () -> asBoss(() -> operations.stop(running.executionId())));
        assertEquals(JobOperationException.Reason.NOT_RUNNING, notRunning.reason());
        assertEquals("STOPPED", notRunning.batchStatus());

        // Shorten the file to its first rows, so the restart has little left to read.
        Path file = Path.of(asBoss(() -> history.getVisible(instance)).getFilePath());
        Files.writeString(file, content.substring(0, content.indexOf("\r\n", 200) + 2), StandardCharsets.UTF_8);
        long restarted = asBoss(() -> operations.restart(stopped.executionId()));
        ExecutionRow completed = awaitRow(restarted, row -> !row.isRunning());

        assertNotEquals(stopped.executionId(), restarted);
        assertEquals("COMPLETED", completed.batchStatus());
        assertEquals(instance, completed.instanceId());
        assertEquals(2, rowsOf(instance).size(), "the stopped and the restarted execution");
        JobOperationException notRestartable = assertThrows(JobOperationException.class,
                () -> asBoss(() -> operations.restart(restarted)));
        assertEquals(JobOperationException.Reason.NOT_RESTARTABLE, notRestartable.reason());
        JobOperationException missing = assertThrows(JobOperationException.class,
                () -> asBoss(() -> operations.stop(Long.MAX_VALUE)));
        assertEquals(JobOperationException.Reason.NOT_FOUND, missing.reason());
    }

    @Test
    @DisplayName("Purge removes only instances whose executions all ended long ago")
    void purgeRemovesOldOnly() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(100));
        long old = completedImport("old");
        long recent = completedImport("recent");
        ExecutionRow oldRow = onlyRowOf(old);
        setTimes(oldRow.executionId(), longAgo, longAgo);

        // An instance with an old failed execution and a recent restart stays whole.
        String code = team.prefix + "-mixed";
        String good = "Customer Id,Company\r\n" + code + "-1,Mixed Ltd\r\n" + code + "-2,Mixed Two Ltd\r\n";
        long mixed = ImportRuns.start(jobs, BOSS, BOSS_PASSWORD, "mixed.csv",
                good.replace(",Mixed Ltd", ",\"Mixed Ltd"), StandardCharsets.UTF_8, BOSS);
        assertEquals(BatchStatus.FAILED, ImportRuns.awaitEnd(jobs, BOSS, BOSS_PASSWORD, mixed).batchStatus());
        ExecutionRow mixedFirst = onlyRowOf(mixed);
        Files.writeString(Path.of(asBoss(() -> history.getVisible(mixed)).getFilePath()), good,
                StandardCharsets.UTF_8);
        long mixedSecond = asBoss(() -> operations.restart(mixedFirst.executionId()));
        assertEquals("COMPLETED", awaitRow(mixedSecond, row -> !row.isRunning()).batchStatus());
        setTimes(mixedFirst.executionId(), longAgo, longAgo);

        // A running execution that started long ago stays.
        long running = ImportRuns.start(jobs, BOSS, BOSS_PASSWORD, "long-running.csv",
                largeFile(team.prefix + "-run"), StandardCharsets.UTF_8, BOSS);
        ExecutionRow runningRow = awaitRowOf(running, row -> row.isRunning() && row.writeCount() > 0);
        setTimes(runningRow.executionId(), longAgo, null);

        int deleted = asBoss(() -> operations.purge());

        try {
            assertTrue(deleted >= 1, "deleted " + deleted);
            assertEquals(List.of(), rowsOf(old));
            assertEquals(0, countRows("SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?",
                    oldRow.executionId()));
            assertEquals(0, countRows("SELECT COUNT(*) FROM JOB_INSTANCE WHERE JOBINSTANCEID = ?", old));
            assertEquals(1, rowsOf(recent).size());
            assertEquals(2, rowsOf(mixed).size());
            assertEquals(1, rowsOf(running).size());
            assertTrue(countRows("SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?",
                    mixedFirst.executionId()) > 0, "steps of the kept old execution stay");
        } finally {
            asBoss(() -> operations.stop(runningRow.executionId()));
            awaitRow(runningRow.executionId(), row -> !row.isRunning());
        }
        assertFalse(ImportRuns.awaitEnd(jobs, BOSS, BOSS_PASSWORD, old).isRunning(),
                "the import page still reads a purged import");
    }

    @Test
    @DisplayName("Only a Boss reaches the batch operations")
    void onlyBossReachesOperations() throws Exception {
        for (String key : List.of("managerA", "salesA1")) {
            String login = team.login(key);
            List<Callable<?>> calls = List.of(
                    () -> operations.jobNames(),
                    () -> operations.count(ExecutionFilter.none()),
                    () -> operations.findPage(ExecutionFilter.none(), ExecutionSortField.EXECUTION_ID, false, 0, 10),
                    () -> operations.countUnresolvedFailures(),
                    () -> {
                        operations.stop(1);
                        return null;
                    },
                    () -> operations.restart(1),
                    () -> operations.purge());
            for (int i = 0; i < calls.size(); i++) {
                Callable<?> call = calls.get(i);
                assertThrows(EJBAccessException.class, () -> Identities.as(login, TestTeam.PASSWORD, call),
                        key + " call " + i);
            }
        }
        assertFalse(asBoss(() -> operations.jobNames()).isEmpty());
    }

    private long completedImport(String name) throws Exception {
        String code = team.prefix + "-" + name;
        long instance = ImportRuns.start(jobs, BOSS, BOSS_PASSWORD, name + ".csv",
                "Customer Id,Company\r\n" + code + "-1," + name + " Ltd\r\n", StandardCharsets.UTF_8, BOSS);
        assertEquals(BatchStatus.COMPLETED, ImportRuns.awaitEnd(jobs, BOSS, BOSS_PASSWORD, instance).batchStatus());
        return instance;
    }

    private static String largeFile(String code) {
        StringBuilder csv = new StringBuilder("Customer Id,Company,City\r\n");
        for (int i = 1; i <= LARGE_ROWS; i++) {
            csv.append(code).append('-').append(i).append(",Large Company ").append(i).append(",Hangzhou\r\n");
        }
        return csv.toString();
    }

    private <T> T asBoss(Callable<T> work) throws Exception {
        return Identities.as(BOSS, BOSS_PASSWORD, work);
    }

    private void asBoss(Runnable work) throws Exception {
        Identities.as(BOSS, BOSS_PASSWORD, work);
    }

    private List<ExecutionRow> rowsOf(long instance) throws Exception {
        return asBoss(() -> operations.findPage(new ExecutionFilter("customer-import", null),
                ExecutionSortField.EXECUTION_ID, false, 0, 1000)).stream()
                .filter(row -> row.instanceId() == instance)
                .toList();
    }

    private ExecutionRow onlyRowOf(long instance) throws Exception {
        List<ExecutionRow> rows = rowsOf(instance);
        assertEquals(1, rows.size(), "executions of instance " + instance);
        return rows.get(0);
    }

    private ExecutionRow awaitRowOf(long instance, Predicate<ExecutionRow> condition) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<ExecutionRow> row = rowsOf(instance).stream().filter(condition).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No execution of instance " + instance + " reached the condition in " + TIMEOUT);
    }

    private ExecutionRow awaitRow(long executionId, Predicate<ExecutionRow> condition) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<ExecutionRow> row = asBoss(() -> operations.findPage(ExecutionFilter.none(),
                    ExecutionSortField.EXECUTION_ID, false, 0, 1000)).stream()
                    .filter(candidate -> candidate.executionId() == executionId)
                    .findFirst();
            if (row.isPresent() && condition.test(row.get())) {
                return row.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Execution " + executionId + " did not reach the condition in " + TIMEOUT);
    }

    private void setTimes(long executionId, Instant start, Instant end) throws SQLException {
        try (Connection connection = batchDataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE JOB_EXECUTION SET CREATETIME = ?, STARTTIME = ?, ENDTIME = ? WHERE JOBEXECUTIONID = ?")) {
            update.setTimestamp(1, Timestamp.from(start));
            update.setTimestamp(2, Timestamp.from(start));
            update.setTimestamp(3, end == null ? null : Timestamp.from(end));
            update.setLong(4, executionId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private long countRows(String sql, long id) throws SQLException {
        try (Connection connection = batchDataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
