package org.xtoolscrm.report.daily;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** How many activities of one type a user recorded on a date, as the daily report job stored it. */
@Entity
@Table(name = "daily_report_activity")
@IdClass(DailyReportActivity.Key.class)
public class DailyReportActivity {

    @Id
    @Column(name = "report_date")
    private LocalDate reportDate;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Column(name = "activity_type")
    private String activityType;

    private int activities;

    public String getActivityType() {
        return activityType;
    }

    public int getActivities() {
        return activities;
    }

    /** The key of a row: date, user and activity type. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate reportDate;
        private Long userId;
        private String activityType;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reportDate, key.reportDate)
                    && Objects.equals(userId, key.userId) && Objects.equals(activityType, key.activityType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportDate, userId, activityType);
        }
    }
}
