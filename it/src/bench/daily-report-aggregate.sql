-- The daily report's figures for every user at once, as one GROUP BY query per figure
-- with the conditions of FigureSource (ejb/src/main/java/org/xtoolscrm/report/daily).
-- A join from app_user takes the place of the user parameter. So MariaDB may read each
-- user's rows through the same per-user indexes as the job, or read the day through an
-- index on the time or date. Instants compare with the company day's UTC window
-- [@from_utc, @until_utc), dates with @day. Each row is: figure, user id, activity type
-- or currency (empty when the figure has neither), count, amount (0 when it has none).
SELECT 'customers_created', u.id, '', COUNT(*), 0
FROM app_user u JOIN customer x ON x.owner_id = u.id
WHERE x.deletion_id IS NULL AND x.created_at >= @from_utc AND x.created_at < @until_utc
GROUP BY u.id;

SELECT 'contacts_created', u.id, '', COUNT(*), 0
FROM app_user u JOIN contact x ON x.created_by = u.login
WHERE x.created_at >= @from_utc AND x.created_at < @until_utc AND x.deletion_id IS NULL
GROUP BY u.id;

SELECT 'activities', u.id, x.activity_type, COUNT(*), 0
FROM app_user u JOIN activity x ON x.owner_id = u.id
WHERE x.activity_time >= @from_utc AND x.activity_time < @until_utc AND x.deletion_id IS NULL
GROUP BY u.id, x.activity_type;

SELECT 'schedules_done', u.id, '', COUNT(*), 0
FROM app_user u JOIN schedule x ON x.owner_id = u.id
WHERE x.deletion_id IS NULL AND x.start_at >= @from_utc AND x.start_at < @until_utc AND x.done = TRUE
GROUP BY u.id;

SELECT 'tasks_completed', u.id, '', COUNT(*), 0
FROM app_user u JOIN task x ON x.owner_id = u.id
WHERE x.done_at >= @from_utc AND x.done_at < @until_utc AND x.done = TRUE AND x.deletion_id IS NULL
GROUP BY u.id;

SELECT 'opportunities_created', u.id, '', COUNT(*), 0
FROM app_user u JOIN opportunity x ON x.owner_id = u.id
WHERE x.created_at >= @from_utc AND x.created_at < @until_utc AND x.deletion_id IS NULL
GROUP BY u.id;

SELECT 'stage_advances', u.id, '', COUNT(*), 0
FROM app_user u
JOIN opportunity_stage_change c ON c.changed_by_id = u.id
JOIN opportunity x ON x.id = c.opportunity_id
JOIN dictionary_option f ON f.list_code = 'OPPORTUNITY_STAGE' AND f.option_code = c.from_stage
JOIN dictionary_option t ON t.list_code = 'OPPORTUNITY_STAGE' AND t.option_code = c.to_stage
WHERE c.changed_at >= @from_utc AND c.changed_at < @until_utc AND x.deletion_id IS NULL
AND (t.sort_order > f.sort_order OR (t.sort_order = f.sort_order AND t.id > f.id))
AND (t.stage_outcome IS NULL OR t.stage_outcome <> 'LOST')
GROUP BY u.id;

SELECT 'deals_won', u.id, x.currency, COUNT(*), SUM(x.amount)
FROM app_user u JOIN opportunity x ON x.owner_id = u.id
WHERE x.deletion_id IS NULL AND x.outcome = 'WON' AND x.closed_on BETWEEN @day AND @day
GROUP BY u.id, x.currency;

SELECT 'deals_lost', u.id, x.currency, COUNT(*), SUM(x.amount)
FROM app_user u JOIN opportunity x ON x.owner_id = u.id
WHERE x.deletion_id IS NULL AND x.outcome = 'LOST' AND x.closed_on BETWEEN @day AND @day
GROUP BY u.id, x.currency;

SELECT 'contracts_signed', u.id, x.currency, COUNT(*), SUM(x.amount)
FROM app_user u JOIN contract x ON x.owner_id = u.id
WHERE x.deletion_id IS NULL AND x.signed_on BETWEEN @day AND @day AND x.status <> 'DRAFT'
GROUP BY u.id, x.currency;

SELECT 'payments_received', u.id, x.currency, COUNT(*), SUM(r.amount)
FROM app_user u JOIN payment_record r ON r.handled_by_id = u.id JOIN contract x ON x.id = r.contract_id
WHERE r.deletion_id IS NULL AND r.received_on BETWEEN @day AND @day AND x.deletion_id IS NULL
GROUP BY u.id, x.currency;

SELECT 'expenses_filed', u.id, x.currency, COUNT(*), SUM(x.amount)
FROM app_user u JOIN expense x ON x.filed_by_id = u.id
WHERE x.created_at >= @from_utc AND x.created_at < @until_utc AND x.deletion_id IS NULL
GROUP BY u.id, x.currency;

SELECT 'logins', u.id, '', COUNT(*), 0
FROM app_user u JOIN login_log x ON x.login = u.login
WHERE x.outcome = 'SUCCESS' AND x.attempted_at >= @from_utc AND x.attempted_at < @until_utc
GROUP BY u.id;

SELECT 'records_created', u.id, '', COUNT(DISTINCT x.entity_type, x.entity_id), 0
FROM app_user u JOIN change_log x ON x.changed_by = u.login
WHERE x.changed_at >= @from_utc AND x.changed_at < @until_utc AND x.action = 'CREATE'
GROUP BY u.id;

SELECT 'records_edited', u.id, '', COUNT(DISTINCT x.entity_type, x.entity_id), 0
FROM app_user u JOIN change_log x ON x.changed_by = u.login
WHERE x.changed_at >= @from_utc AND x.changed_at < @until_utc AND x.action = 'UPDATE'
GROUP BY u.id;
