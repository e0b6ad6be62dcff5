-- Four managers under the first Boss and ten salespeople under each, all with the
-- Boss's password, and a table of the ten digits that the customer seed multiplies.
SET @boss = (SELECT id FROM app_user WHERE login = 'boss');
SET @hash = (SELECT password_hash FROM app_user WHERE login = 'boss');
SET @now = UTC_TIMESTAMP(6);

DROP TABLE IF EXISTS bench_digit;
CREATE TABLE bench_digit (d INT NOT NULL PRIMARY KEY);
INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

INSERT INTO app_user (login, display_name, password_hash, role, superior_id, enabled, created_at, updated_at, version)
SELECT CONCAT('bench-m', d + 1), CONCAT('Bench manager ', d + 1), @hash, 'MANAGER', @boss, TRUE, @now, @now, 0
FROM bench_digit WHERE d < 4;

INSERT INTO app_user (login, display_name, password_hash, role, superior_id, enabled, created_at, updated_at, version)
SELECT CONCAT('bench-s', LPAD(m.d * 10 + s.d + 1, 2, '0')), CONCAT('Bench sales ', m.d * 10 + s.d + 1), @hash,
       'SALES', (SELECT id FROM app_user WHERE login = CONCAT('bench-m', m.d + 1)), TRUE, @now, @now, 0
FROM bench_digit m CROSS JOIN bench_digit s WHERE m.d < 4;

-- Salespeople by slot 0..39, so customer n belongs to slot n mod 40.
DROP TABLE IF EXISTS bench_owner;
CREATE TABLE bench_owner (slot INT NOT NULL PRIMARY KEY, user_id BIGINT NOT NULL);
INSERT INTO bench_owner (slot, user_id)
SELECT CAST(SUBSTRING(login, 8) AS UNSIGNED) - 1, id FROM app_user WHERE login LIKE 'bench-s%';
