-- The recycle bin. A deleted record keeps its row and is marked with the id of
-- its bin entry in deletion_id; every read path filters on deletion_id IS NULL.
-- A customer's dependent records share the customer's entry, so restoring the
-- customer brings back exactly what went with it.

CREATE TABLE recycle_bin (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    record_type VARCHAR(40)  NOT NULL,
    record_id   BIGINT       NOT NULL,
    -- the record's kind as the change log names it, such as Customer
    audit_type  VARCHAR(40)  NOT NULL,
    label       VARCHAR(300) NOT NULL,
    customer_id BIGINT       NULL,
    deleted_by  VARCHAR(64)  NOT NULL,
    deleted_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_recycle_bin_deleted_at (deleted_at, id),
    KEY ix_recycle_bin_record (record_type, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE customer ADD COLUMN deletion_id BIGINT NULL;
CREATE INDEX ix_customer_deletion ON customer (deletion_id);
