-- Expenses: money a salesperson spent on a customer, submitted for approval by
-- their Manager or a Boss. Written in the MySQL dialect; runs unchanged on
-- MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

CREATE TABLE expense (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id     BIGINT        NOT NULL,
    -- the user who recorded the expense; only they edit or delete it
    filed_by_id     BIGINT        NOT NULL,
    expense_date    DATE          NOT NULL,
    -- an option code of the data dictionary list EXPENSE_TYPE
    expense_type    VARCHAR(40)   NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    -- ISO 4217 code
    currency        CHAR(3)       NOT NULL DEFAULT 'CNY',
    description     VARCHAR(1000) NULL,
    -- SUBMITTED, APPROVED or REJECTED (the ExpenseStatus enum)
    status          VARCHAR(16)   NOT NULL,
    decided_by_id   BIGINT        NULL,
    decided_at      DATETIME(6)   NULL,
    decision_reason VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    -- the recycle bin entry that holds the row, null while it is live
    deletion_id     BIGINT        NULL,
    PRIMARY KEY (id),
    -- The 360 view lists and sums a customer's live expenses by date.
    KEY ix_expense_customer (customer_id, deletion_id, expense_date, id),
    -- The approval list: a team's live expenses by status and date.
    KEY ix_expense_filer (filed_by_id, deletion_id, status, expense_date, id),
    -- A Boss's lists across the company by status and date. Both start with
    -- deletion_id, so restoring a recycle bin entry finds its rows through them.
    KEY ix_expense_status (deletion_id, status, expense_date, id),
    KEY ix_expense_date (deletion_id, expense_date, id),
    -- The data dictionary checks whether an expense type is in use.
    KEY ix_expense_type (expense_type),
    CONSTRAINT fk_expense_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_expense_filed_by FOREIGN KEY (filed_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_expense_decided_by FOREIGN KEY (decided_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
