-- The duplicate check on create looks customers up by phone as well as by name.
CREATE INDEX ix_customer_phone ON customer (phone);
