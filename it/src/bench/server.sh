# Shared by the benchmark scripts: unpacks WildFly into it/target/bench, creates the
# database, provisions the server for MySQL or MariaDB at 127.0.0.1:3306, deploys the EAR
# and starts it, and shuts it down through the management CLI when the script exits.
# A script sets nothing first and sources this file; it then has $root, $bench, $work,
# $base_url, $password, $count, $jboss_home, $management_port and the sql function.
# BENCH_SERVER_OPTIONS adds system properties or JVM options to the server's command line,
# separated by spaces, such as "-Dcrm.time-zone=Asia/Shanghai".
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
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

read -r -a server_options <<< "${BENCH_SERVER_OPTIONS:-}"
echo "Starting WildFly on port $http_port"
"$jboss_home/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Djava.net.preferIPv4Stack=true \
    -Dcrm.initial-boss.login=boss -Dcrm.initial-boss.password="$password" -Dcrm.seats=100000 \
    "${server_options[@]}" > "$work/server.log" 2>&1 &
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

