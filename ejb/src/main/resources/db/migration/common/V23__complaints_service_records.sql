-- After-sales records of a customer: complaints and service records. Both hang off
-- a customer: deleting the customer moves them to the recycle bin with it
-- (deletion_id), and every read path filters on deletion_id IS NULL.
--
-- contract_id names the contract a record is about. It stays without a foreign key
-- until the contract table exists; the application does not set it yet.

CREATE TABLE complaint (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id     BIGINT        NOT NULL,
    contract_id     BIGINT        NULL,
    -- an option code of the data dictionary list COMPLAINT_TYPE
    complaint_type  VARCHAR(40)   NOT NULL,
    -- LOW, NORMAL, HIGH or URGENT (the ComplaintUrgency enum)
    urgency         VARCHAR(16)   NOT NULL,
    -- the rank of the urgency, URGENT 3, HIGH 2, NORMAL 1, LOW 0, computed for sorting
    urgency_rank    SMALLINT GENERATED ALWAYS AS
        (CASE urgency WHEN 'URGENT' THEN 3 WHEN 'HIGH' THEN 2 WHEN 'NORMAL' THEN 1 ELSE 0 END),
    description     VARCHAR(4000) NOT NULL,
    -- the user who handles the complaint
    handler_id      BIGINT        NOT NULL,
    -- OPEN, PROCESSING, RESOLVED or CLOSED (the ComplaintStatus enum)
    status          VARCHAR(16)   NOT NULL,
    resolution      VARCHAR(4000) NULL,
    -- the customer's satisfaction with the resolution, 1 to 5
    satisfaction    TINYINT       NULL,
    received_at     DATETIME(6)   NOT NULL,
    -- when the complaint was last resolved or closed; null while it is open
    resolved_at     DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    -- the recycle bin entry that holds the row, null while it is live
    deletion_id     BIGINT        NULL,
    PRIMARY KEY (id),
    -- The customer's complaints tab: live complaints, newest first.
    KEY ix_complaint_customer (customer_id, deletion_id, received_at, id),
    -- The complaint list across customers, by status and time. It starts with
    -- deletion_id, so restoring a recycle bin entry finds its rows through it.
    KEY ix_complaint_status (deletion_id, status, received_at, id),
    KEY ix_complaint_handler (handler_id, deletion_id, received_at, id),
    -- The data dictionary checks whether a complaint type is in use.
    KEY ix_complaint_type (complaint_type),
    KEY ix_complaint_contract (contract_id),
    CONSTRAINT fk_complaint_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_complaint_handler FOREIGN KEY (handler_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE service_record (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id     BIGINT        NOT NULL,
    contract_id     BIGINT        NULL,
    service_date    DATE          NOT NULL,
    -- an option code of the data dictionary list SERVICE_TYPE
    service_type    VARCHAR(40)   NOT NULL,
    content         VARCHAR(4000) NOT NULL,
    -- hours spent, 0 to 999.9
    hours           DECIMAL(4,1)  NULL,
    -- the user who gave the service
    handler_id      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    deletion_id     BIGINT        NULL,
    PRIMARY KEY (id),
    -- The customer's service records tab: live records, newest first.
    KEY ix_service_record_customer (customer_id, deletion_id, service_date, id),
    KEY ix_service_record_date (deletion_id, service_date, id),
    KEY ix_service_record_handler (handler_id, deletion_id, service_date, id),
    KEY ix_service_record_type (service_type),
    KEY ix_service_record_contract (contract_id),
    CONSTRAINT fk_service_record_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_service_record_handler FOREIGN KEY (handler_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
