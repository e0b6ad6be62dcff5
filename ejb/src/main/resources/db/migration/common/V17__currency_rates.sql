-- The exchange rates a Boss keeps: how many units of the company currency one unit of
-- another currency is worth. The funnel and the forecast convert amounts with them
-- before summing. Written in the MySQL dialect; runs unchanged on MySQL 8, MariaDB
-- 10.11+ and H2 in MySQL mode.
CREATE TABLE currency_rate (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    -- ISO 4217 code of the foreign currency
    currency    CHAR(3)       NOT NULL,
    rate        DECIMAL(19,6) NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_currency_rate_currency (currency)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
