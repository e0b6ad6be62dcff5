-- Payment plans (instalments a customer owes on a contract) and payment records (money
-- received). Written in the MySQL dialect; runs unchanged on MySQL 8, MariaDB 10.11+
-- and H2 in MySQL mode. Amounts are in the contract's currency.
--
-- Each table has customer_id, the contract's customer, which a contract never changes,
-- so deleting the customer moves the rows to the recycle bin with it (deletion_id).

CREATE TABLE payment_plan (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    -- 1, 2, 3 ... by due date, renumbered when the plans change
    instalment  INT           NOT NULL,
    due_on      DATE          NOT NULL,
    amount      DECIMAL(19,2) NOT NULL,
    -- the part of the amount the contract's payments settle, written by the application
    -- whenever a plan or payment of the contract changes (PaymentArithmetic)
    settled     DECIMAL(19,2) NOT NULL DEFAULT 0,
    note        VARCHAR(500)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    deletion_id BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_payment_plan_contract (contract_id, deletion_id, due_on, id),
    -- Payments due in the next days: the workbench.
    KEY ix_payment_plan_due (deletion_id, due_on, contract_id),
    KEY ix_payment_plan_customer (customer_id, deletion_id),
    KEY ix_payment_plan_deletion (deletion_id),
    CONSTRAINT fk_payment_plan_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_payment_plan_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payment_record (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id    BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    received_on    DATE          NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    -- an option code of the list PAYMENT_METHOD
    method         VARCHAR(40)   NOT NULL,
    -- the user who handled the payment; the ranking credits the payment to them
    handled_by_id  BIGINT        NOT NULL,
    -- the instalment the payment settles; a payment without one settles the earliest open ones
    plan_id        BIGINT        NULL,
    invoiced       BOOLEAN       NOT NULL DEFAULT FALSE,
    note           VARCHAR(500)  NULL,
    created_by_id  BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_payment_contract (contract_id, deletion_id, received_on, id),
    -- Payments received in a period, per user: the workbench and the ranking.
    KEY ix_payment_received (deletion_id, received_on, handled_by_id, contract_id, amount),
    KEY ix_payment_handled_by (handled_by_id, deletion_id, received_on),
    KEY ix_payment_customer (customer_id, deletion_id),
    KEY ix_payment_plan (plan_id),
    KEY ix_payment_method (method),
    KEY ix_payment_deletion (deletion_id),
    CONSTRAINT fk_payment_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_payment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_payment_handled_by FOREIGN KEY (handled_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_payment_plan FOREIGN KEY (plan_id) REFERENCES payment_plan (id),
    CONSTRAINT fk_payment_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
