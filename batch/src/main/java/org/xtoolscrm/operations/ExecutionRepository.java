package org.xtoolscrm.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads and purges JBeret's JDBC job repository (datasource CrmBatchDS, tables JOB_INSTANCE,
 * JOB_EXECUTION, STEP_EXECUTION and PARTITION_EXECUTION, created by JBeret 3.1). The Jakarta
 * Batch API has no paging, sorting or purge, and WildFly's batch-jberet subsystem offers no
 * purge operation, so this class uses the tables directly. Every query is limited to the job
 * names it is given, those of this module.
 */
@Dependent
public class ExecutionRepository {

    /** The batch statuses of executions that have ended. */
    static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    /** The import job, whose record in customer_import contains a failure message for people. */
    private static final String CUSTOMER_IMPORT = "customer-import";

    /** Job instances purged per transaction, which keeps each IN list and lock set small. */
    private static final int PURGE_CHUNK = 200;

    @Resource(lookup = "java:jboss/datasources/CrmBatchDS")
    private DataSource batchDataSource;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    long count(Collection<String> jobNames, ExecutionFilter filter) throws SQLException {
        if (jobNames.isEmpty()) {
            return 0;
        }
        List<Object> values = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID"
                + where(jobNames, filter, values);
        try (Connection connection = batchDataSource.getConnection();
             PreparedStatement select = prepare(connection, sql, values);
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Returns one page of executions, with the step counts and failure messages filled in. */
    List<ExecutionRow> findPage(Collection<String> jobNames, ExecutionFilter filter, ExecutionSortField sort,
                                boolean ascending, int first, int pageSize) throws SQLException {
        if (jobNames.isEmpty() || pageSize <= 0) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        String direction = ascending ? " ASC" : " DESC";
        String sql = "SELECT e.JOBEXECUTIONID, e.JOBINSTANCEID, i.JOBNAME, e.BATCHSTATUS, e.EXITSTATUS, "
                + "e.JOBPARAMETERS, e.CREATETIME, e.STARTTIME, e.ENDTIME, "
                + "(SELECT MAX(l.JOBEXECUTIONID) FROM JOB_EXECUTION l WHERE l.JOBINSTANCEID = e.JOBINSTANCEID) "
                + "FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID"
                + where(jobNames, filter, values)
                + " ORDER BY " + sort.column() + direction + ", e.JOBEXECUTIONID" + direction
                + " LIMIT ? OFFSET ?";
        values.add(pageSize);
        values.add(Math.max(0, first));

        Map<Long, StoredExecution> executions = new LinkedHashMap<>();
        try (Connection connection = batchDataSource.getConnection();
             PreparedStatement select = prepare(connection, sql, values);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                executions.put(result.getLong(1), new StoredExecution(result.getLong(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6),
                        instant(result.getTimestamp(7)), instant(result.getTimestamp(8)),
                        instant(result.getTimestamp(9)), result.getLong(10)));
            }
        }
        if (executions.isEmpty()) {
            return List.of();
        }

        Map<Long, StepTotals> totals = stepTotals(executions.keySet());
        Map<Long, String> importFailures = importFailures(executions.values().stream()
                .filter(execution -> CUSTOMER_IMPORT.equals(execution.jobName()))
                .map(StoredExecution::instanceId)
                .toList());

        List<ExecutionRow> rows = new ArrayList<>();
        executions.forEach((executionId, execution) -> {
            StepTotals steps = totals.getOrDefault(executionId, StepTotals.NONE);
            rows.add(new ExecutionRow(executionId, execution.instanceId(), execution.jobName(),
                    execution.batchStatus(), execution.exitStatus(), ParameterText.formatStored(execution.parameters()),
                    execution.createTime(), execution.startTime(), execution.endTime(),
                    steps.read, steps.write, steps.skip, steps.commit,
                    failureMessage(execution.batchStatus(), steps, importFailures.get(execution.instanceId())),
                    executionId == execution.latestExecutionId()));
        });
        return rows;
    }

    /** A row of JOB_EXECUTION with its job name and the latest execution of its instance. */
    private record StoredExecution(long instanceId, String jobName, String batchStatus, String exitStatus,
                                   String parameters, Instant createTime, Instant startTime, Instant endTime,
                                   long latestExecutionId) {
    }

    /**
     * Counts the failed executions that are the latest of their job instance, so not yet
     * restarted.
     */
    long countUnresolvedFailures(Collection<String> jobNames) throws SQLException {
        if (jobNames.isEmpty()) {
            return 0;
        }
        List<Object> values = new ArrayList<>(jobNames);
        String sql = "SELECT COUNT(*) FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID "
                + "WHERE i.JOBNAME IN (" + marks(jobNames.size()) + ") AND e.BATCHSTATUS = 'FAILED' "
                + "AND NOT EXISTS (SELECT 1 FROM JOB_EXECUTION l WHERE l.JOBINSTANCEID = e.JOBINSTANCEID "
                + "AND l.JOBEXECUTIONID > e.JOBEXECUTIONID)";
        try (Connection connection = batchDataSource.getConnection();
             PreparedStatement select = prepare(connection, sql, values);
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Returns the first line of the exception that failed a step of the execution, or null. */
    String stepFailure(long executionId) throws SQLException {
        StepTotals steps = stepTotals(List.of(executionId)).get(executionId);
        return steps == null ? null : steps.failure;
    }

    /**
     * Deletes the job instances of the given jobs whose executions all ended before the
     * cut-off, with their executions, step executions and partition executions, children
     * first. An instance with an execution that runs, or that ended after the cut-off,
     * stays whole, so a restart always finds the checkpoints of its earlier executions.
     *
     * @return the number of job executions deleted
     */
    int purgeEndedBefore(Collection<String> jobNames, Instant cutoff) throws SQLException {
        if (jobNames.isEmpty()) {
            return 0;
        }
        List<Long> instances = purgeableInstances(jobNames, cutoff);
        int deleted = 0;
        for (int from = 0; from < instances.size(); from += PURGE_CHUNK) {
            deleted += purgeInstances(instances.subList(from, Math.min(instances.size(), from + PURGE_CHUNK)),
                    cutoff);
        }
        return deleted;
    }

    private List<Long> purgeableInstances(Collection<String> jobNames, Instant cutoff) throws SQLException {
        List<Object> values = new ArrayList<>(jobNames);
        values.add(Timestamp.from(cutoff));
        values.addAll(ENDED);
        String sql = "SELECT i.JOBINSTANCEID FROM JOB_INSTANCE i WHERE i.JOBNAME IN (" + marks(jobNames.size()) + ") "
                + "AND EXISTS (SELECT 1 FROM JOB_EXECUTION e WHERE e.JOBINSTANCEID = i.JOBINSTANCEID) "
                + "AND NOT EXISTS (SELECT 1 FROM JOB_EXECUTION e WHERE e.JOBINSTANCEID = i.JOBINSTANCEID "
                + "AND (e.ENDTIME IS NULL OR e.ENDTIME >= ? OR e.BATCHSTATUS IS NULL "
                + "OR e.BATCHSTATUS NOT IN (" + marks(ENDED.size()) + ")))";
        List<Long> instances = new ArrayList<>();
        try (Connection connection = batchDataSource.getConnection();
             PreparedStatement select = prepare(connection, sql, values);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                instances.add(result.getLong(1));
            }
        }
        return instances;
    }

    /**
     * Deletes one chunk of instances in one transaction. Each statement repeats the
     * conditions on the executions, so an execution that a restart added since the
     * instances were selected, and its steps, stay.
     */
    private int purgeInstances(List<Long> instances, Instant cutoff) throws SQLException {
        String ended = "SELECT x.JOBEXECUTIONID FROM JOB_EXECUTION x WHERE x.JOBINSTANCEID IN ("
                + marks(instances.size()) + ") AND x.ENDTIME < ? AND x.BATCHSTATUS IN (" + marks(ENDED.size()) + ")";
        List<Object> endedValues = new ArrayList<>(instances);
        endedValues.add(Timestamp.from(cutoff));
        endedValues.addAll(ENDED);

        try (Connection connection = batchDataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                execute(connection, "DELETE FROM PARTITION_EXECUTION WHERE STEPEXECUTIONID IN ("
                        + "SELECT s.STEPEXECUTIONID FROM STEP_EXECUTION s WHERE s.JOBEXECUTIONID IN (" + ended + "))",
                        endedValues);
                execute(connection, "DELETE FROM STEP_EXECUTION WHERE JOBEXECUTIONID IN (" + ended + ")",
                        endedValues);
                int executions = execute(connection, "DELETE FROM JOB_EXECUTION WHERE JOBINSTANCEID IN ("
                        + marks(instances.size()) + ") AND ENDTIME < ? AND BATCHSTATUS IN ("
                        + marks(ENDED.size()) + ")", endedValues);
                execute(connection, "DELETE FROM JOB_INSTANCE WHERE JOBINSTANCEID IN (" + marks(instances.size())
                        + ") AND NOT EXISTS (SELECT 1 FROM JOB_EXECUTION e "
                        + "WHERE e.JOBINSTANCEID = JOB_INSTANCE.JOBINSTANCEID)", new ArrayList<>(instances));
                connection.commit();
                return executions;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private Map<Long, StepTotals> stepTotals(Collection<Long> executionIds) throws SQLException {
        String sql = "SELECT JOBEXECUTIONID, BATCHSTATUS, EXECUTIONEXCEPTION, READCOUNT, WRITECOUNT, "
                + "READSKIPCOUNT, PROCESSSKIPCOUNT, WRITESKIPCOUNT, COMMITCOUNT FROM STEP_EXECUTION "
                + "WHERE JOBEXECUTIONID IN (" + marks(executionIds.size()) + ") ORDER BY STEPEXECUTIONID";
        Map<Long, StepTotals> totals = new HashMap<>();
        try (Connection connection = batchDataSource.getConnection();
             PreparedStatement select = prepare(connection, sql, new ArrayList<>(executionIds));
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                StepTotals steps = totals.computeIfAbsent(result.getLong(1), id -> new StepTotals());
                steps.read += result.getLong(4);
                steps.write += result.getLong(5);
                steps.skip += result.getLong(6) + result.getLong(7) + result.getLong(8);
                steps.commit += result.getLong(9);
                String exception = result.getString(3);
                if (steps.failure == null && "FAILED".equals(result.getString(2)) && exception != null
                        && !exception.isBlank()) {
                    steps.failure = firstLine(exception);
                }
            }
        }
        return totals;
    }

    /**
     * Returns the message the import job wrote on its record, by job instance: words for the
     * user, better than a stack trace.
     */
    private Map<Long, String> importFailures(List<Long> instanceIds) throws SQLException {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> messages = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = prepare(connection, "SELECT job_instance_id, failure_message "
                     + "FROM customer_import WHERE failure_message IS NOT NULL AND job_instance_id IN ("
                     + marks(instanceIds.size()) + ")", new ArrayList<>(instanceIds));
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                messages.put(result.getLong(1), result.getString(2));
            }
        }
        return messages;
    }

    private static String failureMessage(String batchStatus, StepTotals steps, String importFailure) {
        if (!"FAILED".equals(batchStatus)) {
            return null;
        }
        return importFailure != null ? importFailure : steps.failure;
    }

    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private static String where(Collection<String> jobNames, ExecutionFilter filter, List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE i.JOBNAME IN (").append(marks(jobNames.size())).append(')');
        values.addAll(jobNames);
        if (filter.jobName() != null) {
            where.append(" AND i.JOBNAME = ?");
            values.add(filter.jobName());
        }
        if (filter.batchStatus() != null) {
            where.append(" AND e.BATCHSTATUS = ?");
            values.add(filter.batchStatus());
        }
        return where.toString();
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static int execute(Connection connection, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The summed metrics of an execution's steps, and the first failed step's exception. */
    private static final class StepTotals {
        static final StepTotals NONE = new StepTotals();

        long read;
        long write;
        long skip;
        long commit;
        String failure;
    }
}
