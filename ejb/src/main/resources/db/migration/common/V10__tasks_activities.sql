-- Tasks (to-dos with a due date and a done flag) and activities (the record of a
-- call, visit, e-mail, meeting or demo with a customer). Written in the MySQL
-- dialect; runs unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

-- A task belongs to its owner (the assignee) and optionally to a customer. The
-- contact and the opportunity are plain ids without a foreign key, because their
-- tables come from other features.
CREATE TABLE task (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    subject        VARCHAR(200)  NOT NULL,
    due_date       DATE          NULL,
    -- LOW, NORMAL or HIGH (the names of the TaskPriority enum)
    priority       VARCHAR(16)   NOT NULL,
    customer_id    BIGINT        NULL,
    contact_id     BIGINT        NULL,
    opportunity_id BIGINT        NULL,
    owner_id       BIGINT        NOT NULL,
    done           BOOLEAN       NOT NULL DEFAULT FALSE,
    done_at        DATETIME(6)   NULL,
    description    VARCHAR(2000) NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    -- The customer's task list and the open tasks of one owner, by due date; the id
    -- makes each order total, so paging is stable.
    KEY ix_task_customer (customer_id, deletion_id, done, due_date, id),
    KEY ix_task_owner (owner_id, deletion_id, done, due_date, id),
    -- Restoring any recycle bin entry looks rows up by deletion_id.
    KEY ix_task_deletion (deletion_id),
    CONSTRAINT fk_task_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An activity always hangs off a customer; its owner is the user who recorded it.
-- activity_type contains the code of an ACTIVITY_TYPE option of the data dictionary.
CREATE TABLE activity (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id    BIGINT        NOT NULL,
    activity_type  VARCHAR(40)   NOT NULL,
    activity_time  DATETIME(6)   NOT NULL,
    contact_id     BIGINT        NULL,
    content        VARCHAR(4000) NOT NULL,
    outcome        VARCHAR(1000) NULL,
    next_step      VARCHAR(200)  NULL,
    next_step_date DATE          NULL,
    owner_id       BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    -- The customer's timeline, newest first, read page by page from a (time, id)
    -- position, so a page costs the same at any depth of a long history.
    KEY ix_activity_customer_time (customer_id, deletion_id, activity_time, id),
    -- One user's activities by time, such as one day's work.
    KEY ix_activity_owner_time (owner_id, activity_time, id),
    -- The data dictionary checks whether any activity uses an option before deleting it.
    KEY ix_activity_type (activity_type),
    KEY ix_activity_deletion (deletion_id),
    CONSTRAINT fk_activity_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_activity_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
