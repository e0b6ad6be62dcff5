#!/usr/bin/env bash
# Measures the nightly daily-report job against the plain SQL aggregate of the same day.
# It seeds 201 users (the Boss, 10 managers and 190 salespeople) with 5,000,000
# activities over a year and a year of the other records the report counts. Then it
# reports yesterday, in the company's time zone, both ways. The SQL aggregate computes
# the figures of every user as one GROUP BY query per figure from the mariadb client. The
# job is started through the WildFly CLI and timed by its start and end lines in the
# server log. It checks that the job wrote every user's row with the same figures as the
# SQL, and prints the medians as a JSON line and a table row to paste into
# docs/benchmarks.md.
#
# Usage: it/src/bench/daily-report.sh
# Needs: as customer-pages.sh.
# Environment: BENCH_PORT_OFFSET (default 1000: HTTP 9080, management 10990),
#              BENCH_DB (default crm_bench_daily, dropped and created),
#              BENCH_RUNS (measured runs of each, after one unrecorded warm-up; default 5),
#              BENCH_TIME_ZONE (the company's time zone, default Asia/Shanghai; the seed
#              assumes a zone without daylight saving time),
#              BENCH_ACTIVITIES (activities seeded, default 5000000; a smaller number
#              gives a quick check of the script).
set -euo pipefail

export BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-1000}
export BENCH_DB=${BENCH_DB:-crm_bench_daily}
runs=${BENCH_RUNS:-5}
zone=${BENCH_TIME_ZONE:-Asia/Shanghai}
activities=${BENCH_ACTIVITIES:-5000000}
# The catch-up after start-up would run the job for the last days while the benchmark
# measures, so it waits the maximum delay the setting accepts (3600 s) instead of 60 s.
# NOTE: a run that lasts more than an hour after the server starts, or that spans the
# nightly run (23:30 in the company's time zone), measures the job beside another run.
export BENCH_SERVER_OPTIONS="-Dcrm.time-zone=$zone -Dcrm.daily-report.catch-up-delay=3600 ${BENCH_SERVER_OPTIONS:-}"

# The reported day is yesterday in the company's time zone, so it has ended and its
# report is final. The job compares instants with the day's UTC window.
day=$(TZ=$zone date -d yesterday +%F)
day_start=$(date -u -d "TZ=\"$zone\" $day 00:00" '+%F %T')
day_end=$(date -u -d "TZ=\"$zone\" $(date -d "$day + 1 day" +%F) 00:00" '+%F %T')

source "$(dirname "$0")/server.sh"

seed_started=$(date +%s)
echo "Reporting $day in $zone: UTC $day_start to $day_end"
echo "Creating 201 users and a year of customers, contacts, schedules, tasks, deals, contracts,"
echo "payments, expenses, logins and change log rows"
sql -e "SET @day = DATE '$day', @day_start = TIMESTAMP '$day_start'; SOURCE $bench/seed-daily-users.sql;"
sql -e "SET foreign_key_checks = 0; SOURCE $bench/seed-daily-records.sql;"

echo "Seeding $activities activities"
for start in $(seq 0 1000000 $((activities - 1))); do
    end=$((start + 1000000 < activities ? start + 1000000 : activities))
    sql -e "SET foreign_key_checks = 0, @from = $start, @to = $end; SOURCE $bench/seed-daily-activities.sql;"
    echo "  $end activities"
done
sql -e "ANALYZE TABLE app_user, customer, contact, activity, schedule, task, opportunity, opportunity_stage_change,
        contract, payment_record, expense, login_log, change_log, currency_rate, dictionary_option" > /dev/null
echo "Seeded in $(( $(date +%s) - seed_started )) s"

python3 "$bench/daily-report.py" --db "$db" --client "$client" --jboss-cli "$jboss_home/bin/jboss-cli.sh" \
    --controller "127.0.0.1:$management_port" --server-log "$jboss_home/standalone/log/server.log" \
    --date "$day" --from-utc "$day_start" --until-utc "$day_end" \
    --aggregate-sql "$bench/daily-report-aggregate.sql" --runs "$runs" --max-ratio 3 \
    --label "$activities activities" | tee "$work/results.txt"
