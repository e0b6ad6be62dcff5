-- The records besides activities that the daily report counts, for each of the 201 users
-- on each of the 365 days of bench_day, so every figure's query finds rows on the
-- reported day and on the days around it. Per user and day there are one customer with
-- one contact, three schedules (two done) and two tasks (one open every third day). There
-- is one opportunity with three stage changes, of which one in twenty is won and one in
-- twenty lost. Every other day has a contract, a quarter of them drafts, with one payment
-- when signed. Each day also has one expense, three login attempts (one failed) and ten
-- change log rows. One user in twenty works in USD, which gets an exchange rate. About one
-- customer in 50 and one contact in 40 are in the recycle bin. Needs seed-daily-users.sql
-- first.
SET @slots = (SELECT COUNT(*) FROM bench_owner);
SET @bin = (SELECT MAX(id) FROM recycle_bin);

-- Customer 1 + slot + @slots * k belongs to the user in that slot and was created on day k.
INSERT INTO customer (id, customer_code, customer_type, name, owner_id, status, industry, region, province, city,
                      created_at, updated_at, version, deletion_id)
SELECT 1 + o.slot + @slots * d.k, CONCAT('D', LPAD(o.slot + @slots * d.k, 7, '0')), 'ENTERPRISE',
       CONCAT(ELT(d.k % 3 + 1, '上海', 'Shenzhen ', '成都'), ' daily bench customer ', o.slot + @slots * d.k),
       o.user_id, 'ACTIVE', '制造业', '华东', '上海', '上海市',
       d.start + INTERVAL (9 * 3600 + o.slot * 97 % 28800) SECOND,
       d.start + INTERVAL (9 * 3600 + o.slot * 97 % 28800) SECOND, 0,
       IF((o.slot + d.k) % 50 = 0, @bin, NULL)
FROM bench_owner o CROSS JOIN bench_day d;

INSERT INTO contact (customer_id, name, title, mobile, main_contact, created_at, updated_at, created_by, deletion_id,
                     version)
SELECT c.id, CONCAT('Contact ', c.id), 'Purchasing manager', CONCAT('139', LPAD(c.id, 8, '0')), TRUE,
       c.created_at + INTERVAL 10 MINUTE, c.created_at + INTERVAL 10 MINUTE, o.login,
       IF(c.id % 40 = 0, @bin, NULL), 0
FROM customer c JOIN bench_owner o ON o.user_id = c.owner_id
WHERE c.customer_code LIKE 'D%';

INSERT INTO schedule (owner_id, start_at, end_at, all_day, schedule_type, subject, customer_id, done,
                      reminder_dismissed, created_at, updated_at, version)
SELECT o.user_id, d.start + INTERVAL (9 + 3 * j.d) HOUR, d.start + INTERVAL (10 + 3 * j.d) HOUR, FALSE, 'VISIT',
       CONCAT('Bench visit ', j.d), 1 + o.slot + @slots * ((d.k + j.d) % 365), j.d < 2, FALSE,
       d.start - INTERVAL 1 DAY, d.start, 0
FROM bench_owner o CROSS JOIN bench_day d CROSS JOIN bench_digit j
WHERE j.d < 3;

INSERT INTO task (subject, due_date, priority, customer_id, owner_id, done, done_at, created_at, updated_at, version)
SELECT CONCAT('Bench follow-up ', j.d), d.day, ELT(j.d + 1, 'NORMAL', 'HIGH'), 1 + o.slot + @slots * d.k, o.user_id,
       NOT (j.d = 1 AND d.k % 3 = 0),
       IF(j.d = 1 AND d.k % 3 = 0, NULL, d.start + INTERVAL (10 + 4 * j.d) HOUR),
       d.start - INTERVAL 2 DAY, d.start, 0
FROM bench_owner o CROSS JOIN bench_day d CROSS JOIN bench_digit j
WHERE j.d < 2;

-- Opportunity 1 + slot + @slots * k was created on day k and, when won or lost, closed the same day.
INSERT INTO opportunity (id, customer_id, name, amount, currency, expected_sign_date, stage, outcome, stage_since,
                         closed_on, source, owner_id, lost_reason, created_at, updated_at, version)
SELECT 1 + o.slot + @slots * d.k, 1 + o.slot + @slots * d.k, CONCAT('Bench daily deal ', o.slot + @slots * d.k),
       10000 + (o.slot * 37 + d.k) % 100 * 1000, IF(o.slot % 20 = 5, 'USD', 'CNY'), d.day + INTERVAL 30 DAY,
       CASE (o.slot + d.k) % 20 WHEN 0 THEN 'WON' WHEN 1 THEN 'LOST'
            ELSE ELT((o.slot + d.k) % 4 + 1, 'INITIAL_CONTACT', 'NEEDS_CONFIRMED', 'PROPOSAL', 'NEGOTIATION') END,
       CASE (o.slot + d.k) % 20 WHEN 0 THEN 'WON' WHEN 1 THEN 'LOST' ELSE 'OPEN' END,
       d.start + INTERVAL 13 HOUR,
       IF((o.slot + d.k) % 20 < 2, d.day, NULL), 'REFERRAL', o.user_id,
       IF((o.slot + d.k) % 20 = 1, 'Bench: lost on price', NULL),
       d.start + INTERVAL 11 HOUR, d.start + INTERVAL 13 HOUR, 0
FROM bench_owner o CROSS JOIN bench_day d;

-- Two advances each. The third change moves a deal on to its current stage (an advance),
-- back to the first stage (not an advance) or to lost (not counted either).
INSERT INTO opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_at, changed_by_id,
                                      days_in_previous)
SELECT x.id, ELT(j.d + 1, NULL, 'INITIAL_CONTACT', 'NEEDS_CONFIRMED'),
       ELT(j.d + 1, 'INITIAL_CONTACT', 'NEEDS_CONFIRMED',
           IF(x.stage IN ('INITIAL_CONTACT', 'NEEDS_CONFIRMED'), 'INITIAL_CONTACT', x.stage)),
       x.created_at + INTERVAL j.d HOUR, x.owner_id, IF(j.d = 0, NULL, 0)
FROM opportunity x CROSS JOIN bench_digit j
WHERE j.d < 3 AND x.name LIKE 'Bench daily deal %';

INSERT INTO contract (id, contract_number, customer_id, title, signed_on, amount, currency, status, owner_id,
                      created_at, updated_at, version)
SELECT 1 + o.slot + @slots * d.k, CONCAT('BENCH-', LPAD(o.slot + @slots * d.k, 6, '0')), 1 + o.slot + @slots * d.k,
       CONCAT('Bench contract ', o.slot + @slots * d.k), d.day, 20000 + (o.slot * 13 + d.k) % 50 * 1000,
       IF(o.slot % 20 = 5, 'USD', 'CNY'),
       ELT((o.slot DIV 2 + d.k) % 4 + 1, 'DRAFT', 'EXECUTING', 'COMPLETED', 'TERMINATED'), o.user_id,
       d.start + INTERVAL 14 HOUR, d.start + INTERVAL 14 HOUR, 0
FROM bench_owner o CROSS JOIN bench_day d
WHERE (o.slot + d.k) % 2 = 0;

INSERT INTO payment_record (contract_id, customer_id, received_on, amount, method, handled_by_id, created_by_id,
                            created_at, updated_at, version)
SELECT x.id, x.customer_id, x.signed_on, x.amount / 2, 'BANK_TRANSFER', x.owner_id, x.owner_id,
       x.created_at + INTERVAL 2 HOUR, x.created_at + INTERVAL 2 HOUR, 0
FROM contract x
WHERE x.contract_number LIKE 'BENCH-%' AND x.status <> 'DRAFT';

INSERT INTO expense (customer_id, filed_by_id, expense_date, expense_type, amount, currency, status, created_at,
                     updated_at, version)
SELECT 1 + o.slot + @slots * d.k, o.user_id, d.day, ELT(d.k % 3 + 1, 'TRAVEL', 'MEALS', 'GIFTS'),
       100 + (o.slot + d.k) % 50 * 10, IF(o.slot % 20 = 5, 'USD', 'CNY'), 'SUBMITTED',
       d.start + INTERVAL 17 HOUR, d.start + INTERVAL 17 HOUR, 0
FROM bench_owner o CROSS JOIN bench_day d;

INSERT INTO login_log (login, ip_address, user_agent, outcome, attempted_at)
SELECT o.login, CONCAT('10.0.', o.slot DIV 250, '.', o.slot % 250 + 1), 'Bench browser',
       IF(j.d = 2, 'BAD_CREDENTIALS', 'SUCCESS'), d.start + INTERVAL (8 + 4 * j.d) HOUR + INTERVAL o.slot SECOND
FROM bench_owner o CROSS JOIN bench_day d CROSS JOIN bench_digit j
WHERE j.d < 3;

-- Per user and day: the day's customer created (three field rows, one record), another
-- customer edited (three rows, one record) and four activities created.
INSERT INTO change_log (entity_type, entity_id, action, field_name, old_value, new_value, changed_by, changed_at)
SELECT IF(j.d < 6, 'Customer', 'Activity'),
       CASE WHEN j.d < 3 THEN 1 + o.slot + @slots * d.k
            WHEN j.d < 6 THEN 1 + o.slot + @slots * ((d.k + 1) % 365)
            ELSE 10000000 + (o.slot + @slots * d.k) * 4 + j.d - 6 END,
       IF(j.d BETWEEN 3 AND 5, 'UPDATE', 'CREATE'), ELT(j.d % 3 + 1, 'name', 'status', 'city'),
       IF(j.d BETWEEN 3 AND 5, 'old', NULL), 'new', o.login,
       d.start + INTERVAL (9 * 3600 + j.d * 600 + o.slot) SECOND
FROM bench_owner o CROSS JOIN bench_day d CROSS JOIN bench_digit j;

INSERT INTO currency_rate (currency, rate, updated_at, updated_by, version)
SELECT 'USD', 7.100000, UTC_TIMESTAMP(6), 'boss', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM currency_rate WHERE currency = 'USD');
