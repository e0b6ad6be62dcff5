-- The SHA-256 of an import's file, written when the import passes its preparation,
-- so a second import of the same content is rejected while the first one runs.
ALTER TABLE customer_import ADD COLUMN file_sha256 CHAR(64) NULL;
CREATE INDEX ix_customer_import_sha256 ON customer_import (file_sha256);
