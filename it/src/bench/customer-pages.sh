#!/usr/bin/env bash
# Measures how fast the customer list, the customer 360 view and the workbench respond as
# the database grows: first with a small company (1,000 customers, 10,000 activities,
# 1,000 schedules and tasks), then with a large one (100,000 customers, 1,000,000
# activities, 100,000 schedules and tasks), on MariaDB or MySQL at 127.0.0.1:3306. It
# prints one JSON line per user, page and size, then a table to paste into docs/benchmarks.md.
#
# Usage: it/src/bench/customer-pages.sh
# Needs: the EAR built by `mvn -DskipTests package`, the WildFly dist zip and the
# EclipseLink and Connector/J jars in the local Maven repository (a test run puts
# them there), python3, and the mariadb or mysql client with a root account
# without password.
# Environment: BENCH_PORT_OFFSET (default 900: HTTP 8980, management 10890),
#              BENCH_DB (default crm_bench, dropped and created),
#              BENCH_COUNT (requests per page and user, default 200).
set -euo pipefail

source "$(dirname "$0")/server.sh"

echo "Creating 4 managers and 40 salespeople"
sql < "$bench/seed-users.sql"

# Seeds customers [from, to) and ten activities for each, then one customer with
# many activities for the 360 view.
seed() {
    sql -e "SET @from = $1, @to = $2; SOURCE $bench/seed-customers.sql;"
}

# Requests each page as each user and prints one JSON line per user and page.
pages() {
    local label=$1 requests=$2
    local hot view_path
    hot=$(sql -N -e "SELECT id FROM customer WHERE customer_code = 'B0000000'")
    view_path="/customer/view.xhtml?id=$hot"
    python3 "$bench/measure.py" --base-url "$base_url" --count "$requests" --label "$label" \
        --user "bench-s01:$password" --user "bench-m1:$password" --user "boss:$password" \
        --page "customer list|/customer/list.xhtml|customers:table" \
        --page "360 view|$view_path|customer-name" \
        --page "360 activities|$view_path&tab=activities|crm-timeline-entry activity-entry" \
        --page "workbench|/workbench.xhtml|workbench"
}

measure() {
    pages "$1" "$count" | tee -a "$work/results.jsonl"
}

echo "Seeding 1,000 customers, 10,000 activities, 1,000 schedules and 1,000 tasks"
seed 0 1000
sql -e "ANALYZE TABLE customer, activity, schedule, task" > /dev/null
echo "Warming up the server with an unrecorded pass"
pages warm-up 100 > /dev/null
measure small

echo "Growing to 100,000 customers, 1,000,000 activities, 100,000 schedules and 100,000 tasks"
seed 1000 100000
sql -e "ANALYZE TABLE customer, activity, schedule, task" > /dev/null
measure large

python3 "$bench/report.py" "$work/results.jsonl"
