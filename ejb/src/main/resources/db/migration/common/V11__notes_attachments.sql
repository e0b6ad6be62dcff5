-- Notes kept on a customer, and files attached to a customer. Both hang off a
-- customer: deleting the customer moves them to the recycle bin with it
-- (deletion_id), and every read path filters on deletion_id IS NULL.

CREATE TABLE note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id BIGINT        NOT NULL,
    note_text   VARCHAR(4000) NOT NULL,
    pinned      BOOLEAN       NOT NULL DEFAULT FALSE,
    author_id   BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    deletion_id BIGINT        NULL,
    PRIMARY KEY (id),
    -- The customer's notes tab: live notes, pinned first, newest first.
    KEY ix_note_customer (customer_id, deletion_id, pinned, created_at, id),
    KEY ix_note_author (author_id),
    CONSTRAINT fk_note_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_note_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A file kept on a record. owner_type and owner_id name the record that holds it
-- (CUSTOMER today; contracts and opportunities later), and customer_id the
-- customer that record belongs to, which decides who sees the file and takes it
-- to the recycle bin. The file itself lies in the attachment directory under
-- storage_name, which the server generates; the name the user gave is kept in
-- file_name only.
CREATE TABLE attachment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    owner_type     VARCHAR(20)   NOT NULL,
    owner_id       BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    -- SHA-256 of the content, 64 lower-case hex digits
    sha256         CHAR(64)      NOT NULL,
    storage_name   VARCHAR(80)   NOT NULL,
    description    VARCHAR(500)  NULL,
    uploaded_by_id BIGINT        NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attachment_storage_name (storage_name),
    -- The attachments tab of a record: live files, newest first.
    KEY ix_attachment_owner (owner_type, owner_id, deletion_id, uploaded_at, id),
    KEY ix_attachment_customer (customer_id, deletion_id, uploaded_at, id),
    KEY ix_attachment_uploaded_by (uploaded_by_id),
    CONSTRAINT fk_attachment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_attachment_uploaded_by FOREIGN KEY (uploaded_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
