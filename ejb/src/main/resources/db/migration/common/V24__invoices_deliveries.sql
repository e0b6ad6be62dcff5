-- Invoices issued to the customer on a contract, the payments each invoice covers, and
-- deliveries made against a contract. Written in the MySQL dialect; runs unchanged on
-- MySQL 8, MariaDB 10.11+ and H2 in MySQL mode. Amounts are in the contract's currency.
--
-- Each table has customer_id, the contract's customer, which a contract never changes,
-- so deleting the customer moves the rows to the recycle bin with it (deletion_id).

CREATE TABLE invoice (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id    BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    -- the number printed on the invoice, stored in upper case. It is unique in the company,
    -- rows in the recycle bin included, so that a deleted invoice can come back.
    invoice_number VARCHAR(40)   NOT NULL,
    invoice_date   DATE          NOT NULL,
    -- an option code of the list INVOICE_TYPE
    invoice_type   VARCHAR(40)   NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    note           VARCHAR(500)  NULL,
    created_by_id  BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_invoice_number (invoice_number),
    KEY ix_invoice_contract (contract_id, deletion_id, invoice_date, id),
    KEY ix_invoice_customer (customer_id, deletion_id),
    KEY ix_invoice_type (invoice_type),
    KEY ix_invoice_deletion (deletion_id),
    CONSTRAINT fk_invoice_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_invoice_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_invoice_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The invoice that covers a payment. One column makes a payment part of at most one
-- invoice. A link to an invoice in the recycle bin stays, so restoring the invoice brings
-- it back, unless a live invoice has taken the payment since.
ALTER TABLE payment_record ADD COLUMN invoice_id BIGINT NULL;
ALTER TABLE payment_record ADD CONSTRAINT fk_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id);
CREATE INDEX ix_payment_invoice ON payment_record (invoice_id);

CREATE TABLE delivery (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id    BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    -- the day the delivery is planned for, or the day it was shipped, delivered or returned
    delivery_date  DATE          NOT NULL,
    items          VARCHAR(2000) NOT NULL,
    -- PLANNED, SHIPPED, DELIVERED or RETURNED (the DeliveryStatus enum)
    status         VARCHAR(12)   NOT NULL,
    receiver_name  VARCHAR(100)  NULL,
    receiver_phone VARCHAR(40)   NULL,
    -- a carrier's tracking number or any reference of the shipment
    tracking       VARCHAR(100)  NULL,
    notes          VARCHAR(2000) NULL,
    created_by_id  BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    KEY ix_delivery_contract (contract_id, deletion_id, delivery_date, id),
    KEY ix_delivery_customer (customer_id, deletion_id),
    KEY ix_delivery_deletion (deletion_id),
    CONSTRAINT fk_delivery_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_delivery_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_delivery_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
