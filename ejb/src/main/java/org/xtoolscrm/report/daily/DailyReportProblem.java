package org.xtoolscrm.report.daily;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The reason a user's day could not be reported, as the daily report job stored it. */
@Entity
@Table(name = "daily_report_problem")
@IdClass(DailyReportProblem.Key.class)
public class DailyReportProblem {

    @Id
    @Column(name = "report_date")
    private LocalDate reportDate;

    @Id
    @Column(name = "user_id")
    private Long userId;

    private String message;

    public LocalDate getReportDate() {
        return reportDate;
    }

    public Long getUserId() {
        return userId;
    }

    public String getMessage() {
        return message;
    }

    /** The key of a problem: its date and user. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate reportDate;
        private Long userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reportDate, key.reportDate)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportDate, userId);
        }
    }
}
