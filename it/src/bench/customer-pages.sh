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

root=$(cd "$(dirname "$0")/../../.." && pwd)
bench=$root/it/src/bench
work=$root/it/target/bench
offset=${BENCH_PORT_OFFSET:-900}
http_port=$((8080 + offset))
management_port=$((9990 + offset))
db=${BENCH_DB:-crm_bench}
count=${BENCH_COUNT:-200}
base_url=http://127.0.0.1:$http_port/crm
password=bench-secret

version() {
    sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" "$root/pom.xml" | head -1
}
wildfly_version=$(version wildfly.version)
repository=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
wildfly_zip=$repository/org/wildfly/wildfly-dist/$wildfly_version/wildfly-dist-$wildfly_version.zip
eclipselink_jar=$repository/org/eclipse/persistence/eclipselink/$(version eclipselink.version)/eclipselink-$(version eclipselink.version).jar
mysql_jar=$repository/com/mysql/mysql-connector-j/$(version mysql-connector.version)/mysql-connector-j-$(version mysql-connector.version).jar
client=$(command -v mariadb || command -v mysql)
sql() {
    "$client" -h 127.0.0.1 -P 3306 -u root "$db" "$@"
}

for file in "$root/ear/target/crm.ear" "$wildfly_zip" "$eclipselink_jar" "$mysql_jar"; do
    [[ -f $file ]] || { echo "Missing $file: build with mvn -DskipTests package and run the tests once" >&2; exit 1; }
done

echo "Preparing WildFly $wildfly_version and database $db in $work"
rm -rf "$work"
mkdir -p "$work"
unzip -q "$wildfly_zip" -d "$work"
jboss_home=$work/wildfly-$wildfly_version
DB_HOST=127.0.0.1 DB_PORT=3306 DB_NAME=$db DB_USER=crm_bench DB_PASSWORD=crm_bench DB_ADMIN_USER=root \
    bash "$root/it/src/test/scripts/prepare-database.sh" "$work/db.properties"
bash "$root/server-config/provision.sh" "$jboss_home" mysql "$eclipselink_jar" "$mysql_jar" "$work/db.properties" \
    > "$work/provision.log"
cp "$root/ear/target/crm.ear" "$jboss_home/standalone/deployments/"

echo "Starting WildFly on port $http_port"
"$jboss_home/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Djava.net.preferIPv4Stack=true \
    -Dcrm.initial-boss.login=boss -Dcrm.initial-boss.password="$password" -Dcrm.seats=100000 \
    > "$work/server.log" 2>&1 &
server_pid=$!
# standalone.sh runs the server as a child process, so a signal to the script alone
# would leave the server running. The management CLI shuts it down instead.
stop_server() {
    local status=$?
    "$jboss_home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management_port" --command=:shutdown \
        > /dev/null 2>&1 || kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    exit "$status"
}
trap stop_server EXIT
for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$base_url/login.xhtml" && break
    sleep 1
done
curl -sf -o /dev/null "$base_url/login.xhtml" || { echo "The application did not start; see $work/server.log" >&2; exit 1; }

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
