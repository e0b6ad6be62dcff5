-- Schedules: planned meetings, calls and visits with a time, on their owner's
-- calendar, optionally about a customer. Written in the MySQL dialect; runs
-- unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

CREATE TABLE schedule (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    -- the user whose calendar holds the schedule
    owner_id           BIGINT        NOT NULL,
    -- UTC; an all-day schedule runs from midnight to midnight in the company's
    -- time zone, the end exclusive
    start_at           DATETIME(6)   NOT NULL,
    end_at             DATETIME(6)   NOT NULL,
    all_day            BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the code of a SCHEDULE_TYPE option of the data dictionary
    schedule_type      VARCHAR(40)   NOT NULL,
    subject            VARCHAR(200)  NOT NULL,
    place              VARCHAR(200)  NULL,
    customer_id        BIGINT        NULL,
    -- contacts and opportunities are separate features; their ids are kept
    -- without a foreign key until those tables exist
    contact_id         BIGINT        NULL,
    opportunity_id     BIGINT        NULL,
    done               BOOLEAN       NOT NULL DEFAULT FALSE,
    -- minutes before the start at which the owner is reminded; NULL for none
    reminder_minutes   INT           NULL,
    -- start_at minus reminder_minutes, kept by the application so that the
    -- reminder query compares columns and needs no date arithmetic
    remind_at          DATETIME(6)   NULL,
    reminder_dismissed BOOLEAN       NOT NULL DEFAULT FALSE,
    notes              VARCHAR(2000) NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    deletion_id        BIGINT        NULL,
    PRIMARY KEY (id),
    -- the customer's schedules on its 360 view, by start
    KEY ix_schedule_customer (customer_id, deletion_id, start_at, id),
    -- one user's or a team's calendar for a range of time
    KEY ix_schedule_owner_start (owner_id, deletion_id, start_at, id),
    -- the whole company's calendar, for a Boss
    KEY ix_schedule_start (deletion_id, start_at, id),
    -- reminders due for one user: schedules that have not ended yet, whose
    -- reminder time has come
    KEY ix_schedule_reminder (owner_id, deletion_id, end_at, remind_at),
    -- whether a schedule type option is in use
    KEY ix_schedule_type (schedule_type),
    CONSTRAINT fk_schedule_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT fk_schedule_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
