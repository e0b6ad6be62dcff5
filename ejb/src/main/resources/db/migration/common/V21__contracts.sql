-- Contracts (orders) with their line items, and the counters that number them.
-- Written in the MySQL dialect; runs unchanged on MySQL 8, MariaDB 10.11+ and H2 in
-- MySQL mode.

CREATE TABLE contract (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    -- generated from the pattern crm.contract.number-pattern, editable, unique for good:
    -- a contract in the recycle bin keeps its number so that it can come back
    contract_number VARCHAR(40)  NOT NULL,
    customer_id    BIGINT        NOT NULL,
    -- the deal the contract came from, if any
    opportunity_id BIGINT        NULL,
    title          VARCHAR(200)  NOT NULL,
    signed_on      DATE          NOT NULL,
    starts_on      DATE          NULL,
    ends_on        DATE          NULL,
    amount         DECIMAL(19,2) NOT NULL,
    -- ISO 4217 code
    currency       CHAR(3)       NOT NULL DEFAULT 'CNY',
    -- DRAFT, EXECUTING, COMPLETED or TERMINATED (the ContractStatus enum)
    status         VARCHAR(12)   NOT NULL,
    owner_id       BIGINT        NOT NULL,
    notes          VARCHAR(2000) NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    -- the recycle bin entry that contains the row, null while it is live
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_contract_number (contract_number),
    -- The 360 view's contracts and the customer's status and totals.
    KEY ix_contract_customer (customer_id, deletion_id, status, signed_on, id),
    -- One owner's contracts, and the ranking's contracts signed per user.
    KEY ix_contract_owner (owner_id, deletion_id, signed_on, status, currency, amount),
    -- The company's contracts signed in a period: the workbench and the ranking.
    KEY ix_contract_signed (deletion_id, signed_on, status, owner_id, currency, amount),
    KEY ix_contract_opportunity (opportunity_id),
    KEY ix_contract_deletion (deletion_id),
    CONSTRAINT fk_contract_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_contract_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_contract_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The line items of a contract, in the order shown. They are replaced as a whole when
-- the contract is saved, and follow the contract's row into the recycle bin.
CREATE TABLE contract_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    contract_id      BIGINT        NOT NULL,
    position         INT           NOT NULL,
    product          VARCHAR(200)  NOT NULL,
    quantity         DECIMAL(15,3) NOT NULL,
    unit_price       DECIMAL(19,2) NOT NULL,
    -- the discount in percent, from 0 to 100
    discount_percent DECIMAL(5,2)  NOT NULL DEFAULT 0,
    -- quantity x unit price x (1 - discount / 100), rounded half-even to the currency
    line_total       DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_contract_line_contract (contract_id, position),
    CONSTRAINT fk_contract_line_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last sequence number used per prefix: the number pattern rendered for a date
-- without its sequence, so a pattern with {yyyy}{MM} starts again at 1 each month.
CREATE TABLE contract_number_counter (
    prefix     VARCHAR(40) NOT NULL,
    last_value INT         NOT NULL,
    PRIMARY KEY (prefix)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
