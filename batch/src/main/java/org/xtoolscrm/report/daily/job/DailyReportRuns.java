package org.xtoolscrm.report.daily.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The daily_report_run rows: one per date, telling whether its report is running, done or
 * failed, and up to which instant it counted records. Claiming a date is one conditional
 * statement, so of two nodes that try at once only one gets it.
 */
@Dependent
class DailyReportRuns {

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    /** Returns the runs of the dates from one to the other, both included. */
    Map<LocalDate, RunState> between(LocalDate from, LocalDate to) throws SQLException {
        Map<LocalDate, RunState> runs = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT report_date, status, execution_id, "
                     + "data_until, started_at FROM daily_report_run WHERE report_date BETWEEN ? AND ?")) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    LocalDate date = result.getDate(1).toLocalDate();
                    long executionId = result.getLong(3);
                    runs.put(date, new RunState(date, result.getString(2), result.wasNull() ? null : executionId,
                            instant(result.getObject(4, LocalDateTime.class)),
                            instant(result.getObject(5, LocalDateTime.class))));
                }
            }
        }
        return runs;
    }

    /**
     * Claims a date for a new run or a restart: succeeds when the date has no run, or its run
     * is not running, or its run was claimed before {@code staleBefore} and never finished.
     *
     * @return whether this caller has claimed the date
     */
    boolean claim(LocalDate date, String startedBy, Instant staleBefore) throws SQLException {
        LocalDateTime now = DailyReportStore.nowUtc();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE daily_report_run SET status = ?, "
                    + "started_at = ?, started_by = ?, finished_at = NULL WHERE report_date = ? "
                    + "AND (status <> ? OR started_at < ?)")) {
                update.setString(1, RunState.RUNNING);
                update.setObject(2, now);
                update.setString(3, startedBy);
                update.setDate(4, Date.valueOf(date));
                update.setString(5, RunState.RUNNING);
                update.setObject(6, LocalDateTime.ofInstant(staleBefore, ZoneOffset.UTC));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO daily_report_run "
                    + "(report_date, status, data_until, started_at, started_by) VALUES (?, ?, ?, ?, ?)")) {
                insert.setDate(1, Date.valueOf(date));
                insert.setString(2, RunState.RUNNING);
                insert.setObject(3, now);
                insert.setObject(4, now);
                insert.setString(5, startedBy);
                return insert.executeUpdate() == 1;
            }
        }
    }

    /** Gives a claimed date back when its job could not be started. */
    void release(LocalDate date) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE daily_report_run SET status = ?, "
                     + "finished_at = ? WHERE report_date = ? AND status = ?")) {
            update.setString(1, RunState.FAILED);
            update.setObject(2, DailyReportStore.nowUtc());
            update.setDate(3, Date.valueOf(date));
            update.setString(4, RunState.RUNNING);
            update.executeUpdate();
        }
    }

    /**
     * Records that an execution of the date runs now, and when it started. A run started
     * from the CLI has no claim yet, so the row is created when missing.
     */
    void started(LocalDate date, long executionId, String startedBy) throws SQLException {
        LocalDateTime now = DailyReportStore.nowUtc();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE daily_report_run SET status = ?, "
                    + "execution_id = ?, started_at = ?, started_by = ?, finished_at = NULL WHERE report_date = ?")) {
                update.setString(1, RunState.RUNNING);
                update.setLong(2, executionId);
                update.setObject(3, now);
                update.setString(4, startedBy);
                update.setDate(5, Date.valueOf(date));
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO daily_report_run "
                    + "(report_date, status, execution_id, data_until, started_at, started_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setDate(1, Date.valueOf(date));
                insert.setString(2, RunState.RUNNING);
                insert.setLong(3, executionId);
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.setString(6, startedBy);
                insert.executeUpdate();
            }
        }
    }

    /** Records the instant up to which a new run counts records: the moment it begins counting. */
    void countingFrom(LocalDate date, Instant dataUntil) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE daily_report_run SET data_until = ? WHERE report_date = ?")) {
            update.setObject(1, LocalDateTime.ofInstant(dataUntil, ZoneOffset.UTC));
            update.setDate(2, Date.valueOf(date));
            update.executeUpdate();
        }
    }

    /** Records how an execution of the date ended, unless a later execution has taken the date over. */
    void finished(LocalDate date, long executionId, String status, int written, int failed) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE daily_report_run SET status = ?, "
                     + "finished_at = ?, users_written = ?, users_failed = ? "
                     + "WHERE report_date = ? AND execution_id = ?")) {
            update.setString(1, status);
            update.setObject(2, DailyReportStore.nowUtc());
            update.setInt(3, written);
            update.setInt(4, failed);
            update.setDate(5, Date.valueOf(date));
            update.setLong(6, executionId);
            update.executeUpdate();
        }
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
