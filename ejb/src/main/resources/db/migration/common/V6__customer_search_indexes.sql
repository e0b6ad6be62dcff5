-- The list's search box matches the start of name, phone, contact name or e-mail.
-- Its filters match the start of industry and region. Each column gets an index.
CREATE INDEX ix_customer_contact_name ON customer (contact_name);
CREATE INDEX ix_customer_email ON customer (email);
CREATE INDEX ix_customer_industry ON customer (industry);
CREATE INDEX ix_customer_region ON customer (region);
