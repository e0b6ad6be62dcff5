package org.xtoolscrm.report.daily;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One user's stored figures for one date, written by the daily report job and only read
 * here. Amounts are in the company currency.
 */
@Entity
@Table(name = "daily_report")
@IdClass(DailyReport.Key.class)
public class DailyReport {

    @Id
    @Column(name = "report_date")
    private LocalDate reportDate;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "customers_created")
    private int customersCreated;

    @Column(name = "contacts_created")
    private int contactsCreated;

    private int activities;

    @Column(name = "schedules_done")
    private int schedulesDone;

    @Column(name = "tasks_completed")
    private int tasksCompleted;

    @Column(name = "opportunities_created")
    private int opportunitiesCreated;

    @Column(name = "stage_advances")
    private int stageAdvances;

    @Column(name = "deals_won")
    private int dealsWon;

    @Column(name = "won_amount")
    private BigDecimal wonAmount;

    @Column(name = "deals_lost")
    private int dealsLost;

    @Column(name = "lost_amount")
    private BigDecimal lostAmount;

    @Column(name = "contracts_signed")
    private int contractsSigned;

    @Column(name = "contract_amount")
    private BigDecimal contractAmount;

    @Column(name = "payments_received")
    private int paymentsReceived;

    @Column(name = "payment_amount")
    private BigDecimal paymentAmount;

    @Column(name = "expenses_filed")
    private int expensesFiled;

    @Column(name = "expense_amount")
    private BigDecimal expenseAmount;

    private int logins;

    @Column(name = "records_created")
    private int recordsCreated;

    @Column(name = "records_edited")
    private int recordsEdited;

    @Column(name = "execution_id")
    private long executionId;

    public LocalDate getReportDate() {
        return reportDate;
    }

    public Long getUserId() {
        return userId;
    }

    public long getExecutionId() {
        return executionId;
    }

    /** The key of a report row: its date and user. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate reportDate;
        private Long userId;

        public Key() {
        }

        public Key(LocalDate reportDate, Long userId) {
            this.reportDate = reportDate;
            this.userId = userId;
        }

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
