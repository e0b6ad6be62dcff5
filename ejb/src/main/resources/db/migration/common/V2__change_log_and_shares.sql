-- The change log of every record, and customers shared with other users.

-- One row per changed field: a create or delete lists every field with its
-- value, an update only the fields that changed, a share or transfer one row.
CREATE TABLE change_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    entity_type VARCHAR(40)   NOT NULL,
    entity_id   BIGINT        NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    field_name  VARCHAR(64)   NULL,
    old_value   VARCHAR(1000) NULL,
    new_value   VARCHAR(1000) NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_change_log_entity (entity_type, entity_id, changed_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A user who may read and write a customer (and what hangs off it) without owning it.
CREATE TABLE customer_share (
    customer_id BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    granted_by  VARCHAR(64) NOT NULL,
    granted_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, user_id),
    KEY ix_customer_share_user (user_id, customer_id),
    CONSTRAINT fk_customer_share_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT fk_customer_share_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
