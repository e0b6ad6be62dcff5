-- Contacts: the people at a customer. A customer has any number of contacts, and
-- any number of them may be marked as main contacts. Written in the MySQL dialect;
-- runs unchanged on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

CREATE TABLE contact (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    customer_id  BIGINT        NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    -- the job title, such as Purchasing Manager
    title        VARCHAR(100)  NULL,
    department   VARCHAR(100)  NULL,
    mobile       VARCHAR(40)   NULL,
    phone        VARCHAR(40)   NULL,
    email        VARCHAR(200)  NULL,
    birthday     DATE          NULL,
    notes        VARCHAR(2000) NULL,
    main_contact BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    -- the login of the user who created the contact
    created_by   VARCHAR(64)   NOT NULL,
    -- the recycle bin entry that holds the contact, or null while it is live
    deletion_id  BIGINT        NULL,
    version      INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The contacts tab lists a customer's live contacts, main contacts first, then by
-- name; the id makes the order total, so paging is stable.
CREATE INDEX ix_contact_customer ON contact (customer_id, deletion_id, main_contact DESC, name, id);

-- The list of all contacts sorts by these columns, and its search box matches the
-- start of name, mobile, phone and e-mail (the customer's name has its own index).
CREATE INDEX ix_contact_name ON contact (name, id);
CREATE INDEX ix_contact_title ON contact (title, id);
CREATE INDEX ix_contact_mobile ON contact (mobile, id);
CREATE INDEX ix_contact_phone ON contact (phone, id);
CREATE INDEX ix_contact_email ON contact (email, id);
CREATE INDEX ix_contact_updated ON contact (updated_at, id);
CREATE INDEX ix_contact_deletion ON contact (deletion_id);
