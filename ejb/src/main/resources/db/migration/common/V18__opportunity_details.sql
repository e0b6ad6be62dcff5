-- What an opportunity gathers before it is won: the customer's requirements, the
-- solutions offered, quotes with their lines, and competitors. Written in the MySQL
-- dialect; runs unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.
--
-- Each record table has customer_id, the deal's customer, which a deal never changes.
-- Deleting the customer therefore moves its rows to the recycle bin with it
-- (deletion_id). A row deleted on its own cannot be restored while its customer is in
-- the bin. Every read path filters on deletion_id IS NULL and reaches the rows
-- through their deal, whose visibility decides who may read and change them.

CREATE TABLE opportunity_requirement (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    opportunity_id  BIGINT        NOT NULL,
    customer_id     BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000) NULL,
    -- HIGH, NORMAL or LOW (the RequirementImportance enum)
    importance      VARCHAR(8)    NOT NULL,
    -- the rank of the importance, HIGH 2, NORMAL 1, LOW 0, computed for the list order
    importance_rank SMALLINT GENERATED ALWAYS AS
        (CASE importance WHEN 'HIGH' THEN 2 WHEN 'NORMAL' THEN 1 ELSE 0 END),
    created_by_id   BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    -- the recycle bin entry that contains the row, null while it is live
    deletion_id     BIGINT        NULL,
    PRIMARY KEY (id),
    -- The deal's requirements tab: live rows, most important first, then newest first.
    KEY ix_requirement_opportunity (opportunity_id, deletion_id, importance_rank, created_at, id),
    -- Deleting a customer marks its live rows; restoring an entry clears them.
    KEY ix_requirement_customer (customer_id, deletion_id),
    KEY ix_requirement_deletion (deletion_id),
    KEY ix_requirement_created_by (created_by_id),
    CONSTRAINT fk_requirement_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_requirement_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_requirement_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE opportunity_solution (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    opportunity_id BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    description    VARCHAR(4000) NULL,
    created_by_id  BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    -- The deal's solutions tab: live rows, newest first.
    KEY ix_solution_opportunity (opportunity_id, deletion_id, created_at, id),
    KEY ix_solution_customer (customer_id, deletion_id),
    KEY ix_solution_deletion (deletion_id),
    KEY ix_solution_created_by (created_by_id),
    CONSTRAINT fk_solution_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_solution_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_solution_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE opportunity_quote (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    opportunity_id BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    -- generated as Q-<opportunity id>-<n> unless the user enters one; unique in the
    -- company, rows in the recycle bin included, and compared without case
    quote_number   VARCHAR(40)   NOT NULL,
    quote_date     DATE          NOT NULL,
    -- the last day the offer holds, not before quote_date; null when open-ended
    valid_until    DATE          NULL,
    -- ISO 4217 code of every price and total of the quote
    currency       CHAR(3)       NOT NULL DEFAULT 'CNY',
    notes          VARCHAR(2000) NULL,
    -- DRAFT, SENT or ACCEPTED (the QuoteStatus enum). At most one live quote of a deal
    -- is ACCEPTED, because the application accepts under a lock of the deal's row
    status         VARCHAR(8)    NOT NULL,
    -- the sum of the exact line totals, rounded once half-even to the currency's minor unit
    total_amount   DECIMAL(19,2) NOT NULL,
    created_by_id  BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_quote_number (quote_number),
    -- The deal's quotes tab: live quotes, newest quote date first; also the accepted
    -- quote of a deal and the count behind the next generated number.
    KEY ix_quote_opportunity (opportunity_id, deletion_id, quote_date, id),
    KEY ix_quote_customer (customer_id, deletion_id),
    KEY ix_quote_deletion (deletion_id),
    KEY ix_quote_created_by (created_by_id),
    CONSTRAINT fk_quote_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_quote_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_quote_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The lines of a quote. They are part of their quote: saved with it in one edit, read
-- only through it, and moved to the recycle bin and back with it, so they need neither
-- customer_id nor deletion_id. Purging a quote removes its lines.
CREATE TABLE opportunity_quote_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    quote_id         BIGINT        NOT NULL,
    -- the line's place in the quote, from 0
    line_no          INT           NOT NULL,
    product          VARCHAR(200)  NOT NULL,
    -- greater than 0, up to 3 decimal places
    quantity         DECIMAL(15,3) NOT NULL,
    -- in the quote's currency, at most as many decimal places as the currency has
    unit_price       DECIMAL(19,2) NOT NULL,
    -- 0 to 100, up to 2 decimal places
    discount_percent DECIMAL(5,2)  NOT NULL DEFAULT 0,
    -- quantity x unit price x (1 - discount / 100), rounded half-even to the currency's minor unit
    line_total       DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_quote_line_quote (quote_id, line_no),
    CONSTRAINT fk_quote_line_quote FOREIGN KEY (quote_id) REFERENCES opportunity_quote (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE opportunity_competitor (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    opportunity_id BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    strengths      VARCHAR(2000) NULL,
    weaknesses     VARCHAR(2000) NULL,
    -- the price the competitor offers, or null when it is not known
    price          DECIMAL(19,2) NULL,
    -- ISO 4217 code of the price; null exactly when the price is null
    currency       CHAR(3)       NULL,
    created_by_id  BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    deletion_id    BIGINT        NULL,
    PRIMARY KEY (id),
    -- The deal's competitors tab: live rows by name.
    KEY ix_competitor_opportunity (opportunity_id, deletion_id, name, id),
    KEY ix_competitor_customer (customer_id, deletion_id),
    KEY ix_competitor_deletion (deletion_id),
    KEY ix_competitor_created_by (created_by_id),
    CONSTRAINT fk_competitor_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_competitor_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_competitor_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
