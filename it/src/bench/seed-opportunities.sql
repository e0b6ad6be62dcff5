-- Opportunities @from to @to - 1 on the bench customers B0000000 to B0000999, each with
-- five stage history rows, so the history has five times as many rows as there are deals.
-- Deals below 10,000 expect to sign in this quarter or one of the three before it, 2,500
-- in each. The others expect to sign in one of the 160 quarters before those, so a
-- larger company adds history but not this quarter's pipeline. Stages by n mod 10:
-- 0-1 initial contact, 2-3 needs confirmed, 4-5 proposal, 6 negotiation, 7-8 won,
-- 9 lost. The history climbs to the deal's furthest stage and ends in its current one;
-- one deal in seven went one stage further before it moved back.
SET @now = UTC_TIMESTAMP(6);
SET @quarter = MAKEDATE(YEAR(CURRENT_DATE), 1) + INTERVAL (QUARTER(CURRENT_DATE) - 1) QUARTER;

DROP TABLE IF EXISTS bench_deal;
CREATE TABLE bench_deal (n INT NOT NULL PRIMARY KEY, current_rank INT NOT NULL, furthest INT NOT NULL,
                         outcome VARCHAR(8) NOT NULL);
INSERT INTO bench_deal (n, current_rank, furthest, outcome)
SELECT n,
       ELT(n % 10 + 1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6),
       CASE WHEN n % 10 IN (7, 8) THEN 4 WHEN n % 10 = 9 THEN 2
            ELSE LEAST(ELT(n % 10 + 1, 1, 1, 2, 2, 3, 3, 4) + IF(n % 7 = 0, 1, 0), 4) END,
       ELT(n % 10 + 1, 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'WON', 'WON', 'LOST')
FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n
      FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f, bench_digit g) numbers
WHERE n >= @from AND n < @to;

INSERT INTO opportunity (id, customer_id, name, amount, currency, expected_sign_date, stage, outcome, stage_since,
                         closed_on, source, owner_id, lost_reason, created_at, updated_at, version)
SELECT d.n + 1, c.id, CONCAT('Bench deal ', d.n), 1000 + (d.n % 500) * 100, IF(d.n % 20 = 0, 'USD', 'CNY'),
       IF(d.n < 10000, @quarter - INTERVAL (d.n % 4) QUARTER, @quarter - INTERVAL (4 + d.n % 160) QUARTER)
           + INTERVAL (d.n % 89) DAY,
       ELT(d.current_rank, 'INITIAL_CONTACT', 'NEEDS_CONFIRMED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST'),
       d.outcome, @now - INTERVAL (d.n % 30) DAY,
       IF(d.outcome = 'OPEN', NULL, CURRENT_DATE - INTERVAL (d.n % 300) DAY), 'REFERRAL', c.owner_id,
       IF(d.outcome = 'LOST', 'Bench: lost on price', NULL), @now, @now, 0
FROM bench_deal d
JOIN customer c ON c.customer_code = CONCAT('B', LPAD(d.n % 1000, 7, '0'));

INSERT INTO opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_at, changed_by_id,
                                      days_in_previous)
SELECT d.n + 1,
       IF(k.d = 0, NULL, ELT(LEAST(k.d, d.furthest), 'INITIAL_CONTACT', 'NEEDS_CONFIRMED', 'PROPOSAL',
                             'NEGOTIATION')),
       IF(k.d < 4, ELT(LEAST(k.d + 1, d.furthest), 'INITIAL_CONTACT', 'NEEDS_CONFIRMED', 'PROPOSAL', 'NEGOTIATION'),
          ELT(d.current_rank, 'INITIAL_CONTACT', 'NEEDS_CONFIRMED', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST')),
       @now - INTERVAL (40 - k.d * 8) DAY, o.owner_id, IF(k.d = 0, NULL, 8)
FROM bench_deal d
JOIN opportunity o ON o.id = d.n + 1
CROSS JOIN bench_digit k
WHERE k.d < 5;

INSERT INTO currency_rate (currency, rate, updated_at, updated_by, version)
SELECT 'USD', 7.100000, @now, 'boss', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM currency_rate WHERE currency = 'USD');
