-- Accounts, customers and customer imports. Written in the MySQL dialect; runs
-- unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    login         VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    -- bcrypt in modular crypt form ($2a$10$...), read by the server's JDBC realm
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    superior_id   BIGINT       NULL,
    mobile        VARCHAR(20)  NULL,
    email         VARCHAR(200) NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_login (login),
    KEY ix_app_user_superior (superior_id),
    CONSTRAINT fk_app_user_superior FOREIGN KEY (superior_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    -- the customer's id in the system it came from, such as a stock code; unique when set
    customer_code      VARCHAR(64)  NULL,
    customer_type      VARCHAR(16)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    contact_name       VARCHAR(100) NULL,
    owner_id           BIGINT       NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    industry           VARCHAR(100) NULL,
    region             VARCHAR(100) NULL,
    country            VARCHAR(100) NULL,
    province           VARCHAR(100) NULL,
    city               VARCHAR(100) NULL,
    address            VARCHAR(500) NULL,
    phone              VARCHAR(40)  NULL,
    phone2             VARCHAR(40)  NULL,
    email              VARCHAR(200) NULL,
    website            VARCHAR(300) NULL,
    import_instance_id BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_customer_code (customer_code),
    -- Lists filter by owner (visibility) and sort by name or time; the id makes
    -- each order total, so paging is stable.
    KEY ix_customer_owner_name (owner_id, name, id),
    KEY ix_customer_owner_updated (owner_id, updated_at, id),
    KEY ix_customer_owner_created (owner_id, created_at, id),
    KEY ix_customer_name (name, id),
    KEY ix_customer_updated (updated_at, id),
    KEY ix_customer_created (created_at, id),
    KEY ix_customer_status_name (status, name, id),
    KEY ix_customer_city (city, id),
    CONSTRAINT fk_customer_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per customer import job instance, whether started from the UI or from
-- the management CLI; a restart keeps the instance and so the row.
CREATE TABLE customer_import (
    job_instance_id BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    file_path       VARCHAR(1000) NOT NULL,
    owner_login     VARCHAR(64)   NOT NULL,
    owner_id        BIGINT        NULL,
    started_by      VARCHAR(64)   NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    -- the execution that ran last: the first one, or the latest restart
    last_execution_id BIGINT      NULL,
    charset_name    VARCHAR(32)   NULL,
    imported_count  INT           NOT NULL DEFAULT 0,
    duplicate_count INT           NOT NULL DEFAULT 0,
    rejected_count  INT           NOT NULL DEFAULT 0,
    -- uploaded files are deleted once the job completes; CLI files are left alone
    delete_file_when_done BOOLEAN NOT NULL DEFAULT FALSE,
    file_deleted    BOOLEAN       NOT NULL DEFAULT FALSE,
    -- why the job failed, in words for the user; null while it has not failed
    failure_message VARCHAR(1000) NULL,
    PRIMARY KEY (job_instance_id),
    KEY ix_customer_import_owner (owner_id, started_at),
    KEY ix_customer_import_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rows of an import file that were not imported: invalid, or a duplicate of a
-- customer code that already exists.
CREATE TABLE import_problem (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    job_instance_id  BIGINT       NOT NULL,
    job_execution_id BIGINT       NOT NULL,
    -- the row as a spreadsheet numbers it: the header is row 1
    file_row         BIGINT       NOT NULL,
    problem_kind     VARCHAR(16)  NOT NULL,
    column_name      VARCHAR(100) NULL,
    cell_value       VARCHAR(500) NULL,
    reason           VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_import_problem_instance (job_instance_id, file_row, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
