package org.xtoolscrm.report.daily;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest run of the daily report for a date, as the job keeps it: whether it runs,
 * completed or failed, and up to which instant it counted records.
 */
@Entity
@Table(name = "daily_report_run")
public class DailyReportRun implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "report_date")
    private LocalDate reportDate;

    private String status;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "data_until")
    private Instant dataUntil;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "users_written")
    private int usersWritten;

    @Column(name = "users_failed")
    private int usersFailed;

    @Column(name = "started_by")
    private String startedBy;

    public LocalDate getReportDate() {
        return reportDate;
    }

    /** Returns RUNNING, COMPLETED or FAILED. */
    public String getStatus() {
        return status;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public Instant getDataUntil() {
        return dataUntil;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getUsersWritten() {
        return usersWritten;
    }

    public int getUsersFailed() {
        return usersFailed;
    }

    public String getStartedBy() {
        return startedBy;
    }
}
