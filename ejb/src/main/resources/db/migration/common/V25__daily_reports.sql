-- The nightly daily report: one row per user and day with the figures of that day's
-- work, counted in the company's time zone, the activities by type beside it, the users
-- whose figures could not be computed, and one row per day for the run that wrote it.
-- Written in the MySQL dialect; runs unchanged on MySQL 8, MariaDB 10.11+ and H2 in
-- MySQL mode. Amounts are in the company currency.

CREATE TABLE daily_report (
    report_date           DATE          NOT NULL,
    user_id               BIGINT        NOT NULL,
    customers_created     INT           NOT NULL,
    contacts_created      INT           NOT NULL,
    activities            INT           NOT NULL,
    schedules_done        INT           NOT NULL,
    tasks_completed       INT           NOT NULL,
    opportunities_created INT           NOT NULL,
    stage_advances        INT           NOT NULL,
    deals_won             INT           NOT NULL,
    won_amount            DECIMAL(19,2) NOT NULL,
    deals_lost            INT           NOT NULL,
    lost_amount           DECIMAL(19,2) NOT NULL,
    contracts_signed      INT           NOT NULL,
    contract_amount       DECIMAL(19,2) NOT NULL,
    payments_received     INT           NOT NULL,
    payment_amount        DECIMAL(19,2) NOT NULL,
    expenses_filed        INT           NOT NULL,
    expense_amount        DECIMAL(19,2) NOT NULL,
    logins                INT           NOT NULL,
    records_created       INT           NOT NULL,
    records_edited        INT           NOT NULL,
    -- the job execution that wrote the row
    execution_id          BIGINT        NOT NULL,
    written_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (report_date, user_id),
    -- One user's days, for the weekly and monthly summaries and the comparisons.
    KEY ix_daily_report_user (user_id, report_date),
    CONSTRAINT fk_daily_report_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE daily_report_activity (
    report_date   DATE        NOT NULL,
    user_id       BIGINT      NOT NULL,
    -- an option code of the list ACTIVITY_TYPE
    activity_type VARCHAR(40) NOT NULL,
    activities    INT         NOT NULL,
    PRIMARY KEY (report_date, user_id, activity_type),
    KEY ix_daily_report_activity_user (user_id, report_date),
    CONSTRAINT fk_daily_report_activity_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A user whose day could not be computed, with the reason, until the next run of the date.
CREATE TABLE daily_report_problem (
    report_date  DATE          NOT NULL,
    user_id      BIGINT        NOT NULL,
    message      VARCHAR(1000) NOT NULL,
    execution_id BIGINT        NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (report_date, user_id),
    CONSTRAINT fk_daily_report_problem_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The latest run of each date. A node claims a date by moving its row to RUNNING, so two
-- nodes of a cluster never run the same date at once.
CREATE TABLE daily_report_run (
    report_date   DATE        NOT NULL,
    -- RUNNING, COMPLETED or FAILED
    status        VARCHAR(12) NOT NULL,
    execution_id  BIGINT      NULL,
    -- the records counted are those made before this instant (UTC): a run that started
    -- before the end of its day gave a preliminary report, which the next run replaces
    data_until    DATETIME(6) NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    finished_at   DATETIME(6) NULL,
    users_written INT         NOT NULL DEFAULT 0,
    users_failed  INT         NOT NULL DEFAULT 0,
    -- what started the run: TIMER, CATCH_UP, USER login or CLI
    started_by    VARCHAR(64) NOT NULL,
    PRIMARY KEY (report_date),
    KEY ix_daily_report_run_status (status, report_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One user's day in the records the report counts, where no index led with the user.
CREATE INDEX ix_contact_created_by ON contact (created_by, created_at);
CREATE INDEX ix_change_log_user ON change_log (changed_by, changed_at, action);
CREATE INDEX ix_stage_change_user ON opportunity_stage_change (changed_by_id, changed_at);
CREATE INDEX ix_opportunity_owner_created ON opportunity (owner_id, created_at);
CREATE INDEX ix_task_owner_done ON task (owner_id, done_at);
CREATE INDEX ix_expense_filer_created ON expense (filed_by_id, created_at);
