#!/usr/bin/env bash
# Configures a freshly unpacked WildFly for XTools CRM by running the CLI scripts
# of this folder against an embedded (offline) server.
#
# Usage: provision.sh JBOSS_HOME h2|mysql ECLIPSELINK_JAR MYSQL_JAR [DB_PROPERTIES]
#   DB_PROPERTIES  file with crm.db.url, crm.db.user and crm.db.password, needed
#                  for mysql (see 02-datasource-mysql.cli)
#
# HTTPS (05-https.cli) uses the keystore named in the file that the environment
# variable CRM_TLS_PROPERTIES points to (crm.tls.keystore.path and
# crm.tls.keystore.password). Without it, keytool generates a self-signed keystore
# for localhost and 127.0.0.1, good for a demo only, in
# JBOSS_HOME/standalone/configuration/crm-demo-tls.p12, with its certificate
# beside it in crm-demo-tls.crt. HTTP stays open; 06-https-redirect.cli is left to
# the IT admin.
#
# A server that this script configured contains the file .crm-configured and is
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

# Writes a self-signed PKCS12 keystore for localhost into DIR, its certificate in
# PEM form beside it, and the properties 05-https.cli needs into PROPERTIES_FILE.
generate_demo_keystore() {
    local directory=$1 properties_file=$2
    local keystore="$directory/crm-demo-tls.p12"
    local password
    password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    local keytool=keytool
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/keytool" ]]; then
        keytool="$JAVA_HOME/bin/keytool"
    fi

    rm -f "$keystore"
    "$keytool" -genkeypair -alias crm -keyalg RSA -keysize 2048 -validity 825 \
        -storetype PKCS12 -keystore "$keystore" -storepass "$password" -keypass "$password" \
        -dname "CN=localhost, O=XTools CRM demo" -ext "SAN=dns:localhost,ip:127.0.0.1" 2>&1
    "$keytool" -exportcert -rfc -alias crm -keystore "$keystore" -storepass "$password" \
        -file "$directory/crm-demo-tls.crt" 2>&1
    chmod 600 "$keystore"

    cat > "$properties_file" <<PROPS
crm.tls.keystore.path=$keystore
crm.tls.keystore.password=$password
PROPS
    echo "Generated the self-signed demo keystore $keystore"
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

tls_properties=${CRM_TLS_PROPERTIES:-}
if [[ -z "$tls_properties" ]]; then
    tls_properties="$work/tls.properties"
    generate_demo_keystore "$jboss_home/standalone/configuration" "$tls_properties"
fi
run_cli --resolve-parameter-values --properties="$tls_properties" -- 05-https.cli

echo "$database $(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$marker"
echo "WildFly in $jboss_home is configured for XTools CRM on $database."
