#!/usr/bin/env bash
# Configures a freshly unpacked WildFly for XTools CRM by running the CLI scripts
# of this folder against an embedded (offline) server.
#
# Usage: provision.sh JBOSS_HOME h2|mysql ECLIPSELINK_JAR MYSQL_JAR [DB_PROPERTIES]
#   DB_PROPERTIES  file with crm.db.url, crm.db.user and crm.db.password, needed
#                  for mysql (see 02-datasource-mysql.cli)
#
# A server that this script configured holds the file .crm-configured and is
# left alone on later runs.
set -euo pipefail

jboss_home=$1
database=$2
eclipselink_jar=$3
mysql_jar=$4
db_properties=${5:-}

here=$(cd "$(dirname "$0")" && pwd)
marker="$jboss_home/.crm-configured"

if [[ -f "$marker" ]]; then
    echo "WildFly in $jboss_home is already configured ($(cat "$marker")); skipping."
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

jipijapa_jar=$(ls "$jboss_home"/modules/system/layers/base/org/eclipse/persistence/main/jipijapa-eclipselink-*.jar)
cat > "$work/modules.properties" <<PROPS
crm.eclipselink.jar=$eclipselink_jar
crm.jipijapa.jar=$jipijapa_jar
crm.mysql.jar=$mysql_jar
PROPS

# Runs the given scripts in one embedded server session; extra arguments before
# "--" go to jboss-cli.sh.
run_cli() {
    local cli_args=()
    while [[ $1 != "--" ]]; do cli_args+=("$1"); shift; done
    shift
    local session="$work/session.cli"
    echo "embed-server --std-out=discard --server-config=standalone.xml" > "$session"
    for script in "$@"; do
        cat "$here/$script" >> "$session"
        echo >> "$session"
    done
    echo "stop-embedded-server" >> "$session"
    JBOSS_HOME="$jboss_home" "$jboss_home/bin/jboss-cli.sh" "${cli_args[@]}" --file="$session"
}

run_cli --resolve-parameter-values --properties="$work/modules.properties" -- 01-modules.cli

case "$database" in
    h2)
        run_cli -- 02-datasource-h2.cli 03-security.cli 04-application.cli
        ;;
    mysql)
        if [[ -z "$db_properties" ]]; then
            echo "provision.sh: mysql needs a properties file with crm.db.url, crm.db.user and crm.db.password" >&2
            exit 2
        fi
        run_cli --resolve-parameter-values --properties="$db_properties" -- 02-datasource-mysql.cli
        run_cli -- 03-security.cli 04-application.cli
        ;;
    *)
        echo "provision.sh: database must be h2 or mysql, not '$database'" >&2
        exit 2
        ;;
esac

echo "$database $(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$marker"
echo "WildFly in $jboss_home is configured for XTools CRM on $database."
