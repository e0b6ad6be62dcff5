-- Activities @from to @to - 1 (at most 1,000,000 at a time) over the 365 days of
-- bench_day. Activity n belongs to the user in slot n mod 201 and falls on day
-- (n div 201) mod 365, at a time of day spread over all 24 hours. So each user has about
-- 68 activities a day, the reported day included. Its customer is one of the user's, its
-- type one of the six activity types, and one in 100 is in the recycle bin. Needs
-- seed-daily-users.sql and seed-daily-records.sql first.
SET @slots = (SELECT COUNT(*) FROM bench_owner);
SET @bin = (SELECT MAX(id) FROM recycle_bin);

INSERT INTO activity (customer_id, activity_type, activity_time, content, outcome, owner_id, created_at, updated_at,
                      version, deletion_id)
SELECT 1 + v.slot + @slots * (v.i * 13 % 365), ELT((v.i DIV 7 + v.slot) % 6 + 1, 'CALL', 'VISIT', 'EMAIL',
       'MEETING', 'DEMO', 'OTHER'),
       d.start + INTERVAL (v.n * 7919 % 86400) SECOND, CONCAT('Bench activity ', v.n), 'Interested', o.user_id,
       d.start + INTERVAL (v.n * 7919 % 86400) SECOND, d.start + INTERVAL (v.n * 7919 % 86400) SECOND, 0,
       IF(v.n % 100 = 99, @bin, NULL)
FROM (SELECT n, n % @slots AS slot, n DIV @slots AS i
      FROM (SELECT @from + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
            FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g) numbers
      WHERE n < @to) v
JOIN bench_owner o ON o.slot = v.slot
JOIN bench_day d ON d.k = v.i % 365;
