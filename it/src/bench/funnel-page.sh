#!/usr/bin/env bash
# Measures how fast the sales funnel page responds as the opportunity table grows: first
# with 10,000 opportunities and 50,000 stage history rows, then with 1,000,000 and
# 5,000,000, on MariaDB or MySQL at 127.0.0.1:3306. Both sizes contain the same 2,500
# deals expected to sign this quarter, which the page shows by default. The large company
# adds deals of earlier quarters with their history. The Boss reads the whole company's funnel,
# a Manager their team's. It prints one JSON line per user, page and size, then a table
# to paste into docs/benchmarks.md.
#
# Usage: it/src/bench/funnel-page.sh
# Needs and environment: as customer-pages.sh.
set -euo pipefail

source "$(dirname "$0")/server.sh"

echo "Creating 4 managers, 40 salespeople and 1,000 customers"
sql < "$bench/seed-users.sql"
sql -e "SET @from = 0, @to = 1000; SOURCE $bench/seed-customers.sql;"

# Seeds opportunities [from, to) with five history rows each.
seed() {
    sql -e "SET @from = $1, @to = $2; SOURCE $bench/seed-opportunities.sql;"
    sql -e "ANALYZE TABLE opportunity, opportunity_stage_change" > /dev/null
}

pages() {
    python3 "$bench/measure.py" --base-url "$base_url" --count "$2" --label "$1" \
        --user "boss:$password" --user "bench-m1:$password" \
        --page "funnel, this quarter|/report/funnel.xhtml|funnel:stages"
}

measure() {
    pages "$1" "$count" | tee -a "$work/results.jsonl"
}

echo "Seeding 10,000 opportunities and 50,000 stage history rows"
seed 0 10000
echo "Warming up the server with an unrecorded pass"
pages warm-up 100 > /dev/null
measure small

echo "Growing to 1,000,000 opportunities and 5,000,000 stage history rows"
for start in $(seq 10000 90000 999999); do
    end=$((start + 90000 < 1000000 ? start + 90000 : 1000000))
    seed "$start" "$end"
    echo "  $end opportunities"
done
measure large

python3 "$bench/report.py" "$work/results.jsonl" --max-ratio 3 --max-p95-ms 1000
