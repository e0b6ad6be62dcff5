-- Customers @from to @to - 1 with ten activities each, spread over the last year,
-- one schedule in the next 60 days and one open task due within 10 days before or 50
-- days after today. Customer 0 (code B0000000, owned by bench-s01) also gets 5,000
-- more activities.
SET @now = UTC_TIMESTAMP(6);

INSERT INTO customer (customer_code, customer_type, name, owner_id, status, industry, region, province, city,
                      phone, created_at, updated_at, version)
SELECT CONCAT('B', LPAD(n, 7, '0')), 'ENTERPRISE', CONCAT(ELT(n % 5 + 1, '上海', '北京', 'Shenzhen ', 'Hangzhou ', '成都'),
       ' bench customer ', n), o.user_id, ELT(n % 3 + 1, 'PROSPECT', 'ACTIVE', 'FORMER'),
       ELT(n % 4 + 1, '制造业', '信息技术', '金融', '零售'), ELT(n % 4 + 1, '华东', '华北', '华南', '西南'),
       '上海', '上海市', CONCAT('021-', LPAD(n, 8, '0')), @now - INTERVAL (n % 365) DAY, @now - INTERVAL (n % 97) HOUR, 0
FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
      FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g) numbers
JOIN bench_owner o ON o.slot = numbers.n % 40
WHERE n >= @from AND n < @to;

INSERT INTO activity (customer_id, activity_type, activity_time, content, outcome, owner_id, created_at,
                      updated_at, version)
SELECT c.id, ELT(k.d % 6 + 1, 'CALL', 'VISIT', 'EMAIL', 'MEETING', 'DEMO', 'OTHER'),
       @now - INTERVAL (k.d * 36 + c.id % 36) DAY, CONCAT('Bench activity ', k.d, ' with ', c.name),
       'Interested', c.owner_id, @now, @now, 0
FROM customer c CROSS JOIN bench_digit k
WHERE c.customer_code >= CONCAT('B', LPAD(@from, 7, '0')) AND c.customer_code < CONCAT('B', LPAD(@to, 7, '0'));

INSERT INTO activity (customer_id, activity_type, activity_time, content, outcome, owner_id, created_at,
                      updated_at, version)
SELECT c.id, 'CALL', @now - INTERVAL (a.d + 10 * b.d + 100 * e.d + 1000 * f.d) HOUR,
       CONCAT('Bench call ', a.d + 10 * b.d + 100 * e.d + 1000 * f.d), 'Interested', c.owner_id, @now, @now, 0
FROM customer c, bench_digit a, bench_digit b, bench_digit e, bench_digit f
WHERE c.customer_code = 'B0000000' AND @from = 0 AND f.d < 5;

INSERT INTO schedule (owner_id, start_at, end_at, all_day, schedule_type, subject, customer_id, done,
                      reminder_minutes, remind_at, reminder_dismissed, created_at, updated_at, version)
SELECT c.owner_id, @now + INTERVAL (c.id % 1440) HOUR, @now + INTERVAL (c.id % 1440 + 1) HOUR, FALSE, 'VISIT',
       CONCAT('Bench visit to ', c.name), c.id, FALSE, 15, @now + INTERVAL (c.id % 1440) HOUR - INTERVAL 15 MINUTE,
       FALSE, @now, @now, 0
FROM customer c
WHERE c.customer_code >= CONCAT('B', LPAD(@from, 7, '0')) AND c.customer_code < CONCAT('B', LPAD(@to, 7, '0'));

INSERT INTO task (subject, due_date, priority, customer_id, owner_id, done, created_at, updated_at, version)
SELECT CONCAT('Bench follow-up with ', c.name), CURRENT_DATE + INTERVAL (c.id % 60 - 10) DAY,
       ELT(c.id % 3 + 1, 'LOW', 'NORMAL', 'HIGH'), c.id, c.owner_id, FALSE, @now, @now, 0
FROM customer c
WHERE c.customer_code >= CONCAT('B', LPAD(@from, 7, '0')) AND c.customer_code < CONCAT('B', LPAD(@to, 7, '0'));
