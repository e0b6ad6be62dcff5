-- The company of the daily report benchmark: ten managers under the first Boss and
-- nineteen salespeople under each, 201 users in all, created long before the year of
-- records so that every one of them is reported. Also the tables the other daily seeds
-- build on: the ten digits, the users by slot, the 365 company days up to the reported
-- one, and one recycle bin entry for the records seeded as deleted.
--
-- Set first: @day, the reported date, and @day_start, the UTC instant at which that
-- date begins in the company's time zone.
SET @hash = (SELECT password_hash FROM app_user WHERE login = 'boss');
SET @created = @day_start - INTERVAL 400 DAY;

DROP TABLE IF EXISTS bench_digit;
CREATE TABLE bench_digit (d INT NOT NULL PRIMARY KEY);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

UPDATE app_user SET created_at = @created, updated_at = @created WHERE login = 'boss';
SET @boss = (SELECT id FROM app_user WHERE login = 'boss');

INSERT INTO app_user (login, display_name, password_hash, role, superior_id, enabled, created_at, updated_at, version)
SELECT CONCAT('bench-m', LPAD(d + 1, 2, '0')), CONCAT('Bench manager ', d + 1), @hash, 'MANAGER', @boss, TRUE,
       @created, @created, 0
FROM bench_digit;

INSERT INTO app_user (login, display_name, password_hash, role, superior_id, enabled, created_at, updated_at, version)
SELECT CONCAT('bench-s', LPAD(m.d * 19 + s.n + 1, 3, '0')), CONCAT('Bench sales ', m.d * 19 + s.n + 1), @hash,
       'SALES', manager.id, TRUE, @created, @created, 0
FROM bench_digit m
JOIN app_user manager ON manager.login = CONCAT('bench-m', LPAD(m.d + 1, 2, '0'))
CROSS JOIN (SELECT a.d + 10 * b.d AS n FROM bench_digit a, bench_digit b) s
WHERE s.n < 19;

-- Every user by slot 0..200 in id order, so the seeds spread records over users by slot.
DROP TABLE IF EXISTS bench_owner;
CREATE TABLE bench_owner (slot INT NOT NULL PRIMARY KEY, user_id BIGINT NOT NULL, login VARCHAR(64) NOT NULL);
INSERT INTO bench_owner (slot, user_id, login)
SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id, login FROM app_user;

-- Day k is k days before the reported date (k = 0), with the UTC instant it starts at.
-- NOTE: days are 24 hours apart, which holds only for a zone without daylight saving
-- time, such as Asia/Shanghai.
DROP TABLE IF EXISTS bench_day;
CREATE TABLE bench_day (k INT NOT NULL PRIMARY KEY, day DATE NOT NULL, start DATETIME(6) NOT NULL);
INSERT INTO bench_day (k, day, start)
SELECT n, @day - INTERVAL n DAY, @day_start - INTERVAL n DAY
FROM (SELECT a.d + 10 * b.d + 100 * c.d AS n FROM bench_digit a, bench_digit b, bench_digit c) numbers
WHERE n < 365;

INSERT INTO recycle_bin (record_type, record_id, audit_type, label, customer_id, deleted_by, deleted_at)
VALUES ('ACTIVITY', 0, 'Activity', 'Bench records in the recycle bin', NULL, 'boss', @day_start);
