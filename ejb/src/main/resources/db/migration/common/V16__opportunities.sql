-- Opportunities (deals moving through the stages of the data dictionary list
-- OPPORTUNITY_STAGE) and their stage history. Written in the MySQL dialect; runs
-- unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

CREATE TABLE opportunity (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id        BIGINT        NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    -- ISO 4217 code
    currency           CHAR(3)       NOT NULL DEFAULT 'CNY',
    expected_sign_date DATE          NOT NULL,
    -- an option code of the list OPPORTUNITY_STAGE
    stage              VARCHAR(40)   NOT NULL,
    -- OPEN, WON or LOST (the OpportunityOutcome enum): the outcome of the stage, kept
    -- on the row so that lists of open deals and the funnel filter through an index
    outcome            VARCHAR(8)    NOT NULL,
    -- when the deal entered its current stage, for the days spent in it
    stage_since        DATETIME(6)   NOT NULL,
    -- the day, in the company's time zone, the deal was won or lost; null while open
    closed_on          DATE          NULL,
    -- an option code of the list SOURCE
    source             VARCHAR(40)   NULL,
    owner_id           BIGINT        NOT NULL,
    description        VARCHAR(2000) NULL,
    lost_reason        VARCHAR(500)  NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    -- the recycle bin entry that contains the row, null while it is live
    deletion_id        BIGINT        NULL,
    PRIMARY KEY (id),
    -- The 360 view's opportunities of a customer.
    KEY ix_opportunity_customer (customer_id, deletion_id, outcome, expected_sign_date, id),
    -- One owner's deals by expected signing date: the workbench, a user's board and funnel.
    KEY ix_opportunity_owner (owner_id, deletion_id, outcome, expected_sign_date, id),
    -- The company's deals of a period, for the funnel, the forecast and the board.
    KEY ix_opportunity_period (deletion_id, expected_sign_date, outcome, stage, owner_id, currency, amount),
    -- Deals won or lost in a period, for the forecast's won amounts.
    KEY ix_opportunity_closed (deletion_id, outcome, closed_on, owner_id, currency, amount),
    -- The data dictionary checks whether a source is in use.
    KEY ix_opportunity_source (source),
    KEY ix_opportunity_deletion (deletion_id),
    CONSTRAINT fk_opportunity_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_opportunity_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per stage an opportunity entered, the first with no previous stage. Only the
-- application writes it, in the transaction of the stage change; no page edits it.
CREATE TABLE opportunity_stage_change (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    opportunity_id   BIGINT      NOT NULL,
    from_stage       VARCHAR(40) NULL,
    to_stage         VARCHAR(40) NOT NULL,
    changed_at       DATETIME(6) NOT NULL,
    changed_by_id    BIGINT      NOT NULL,
    -- whole days, in the company's time zone, the deal spent in from_stage
    days_in_previous INT         NULL,
    PRIMARY KEY (id),
    -- The timeline of one deal, and the stages a set of deals reached, for conversion.
    KEY ix_stage_change_opportunity (opportunity_id, to_stage),
    -- The data dictionary checks whether a stage was ever used.
    KEY ix_stage_change_to (to_stage),
    CONSTRAINT fk_stage_change_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_stage_change_by FOREIGN KEY (changed_by_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
