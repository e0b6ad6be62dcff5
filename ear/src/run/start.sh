#!/usr/bin/env bash
# Deploys the EAR to the configured WildFly and runs the server in the foreground
# with demo data on the embedded H2 database. Ctrl+C stops it.
#
# Usage: start.sh JBOSS_HOME EAR_FILE [STANDALONE_OPTION...]
#   STANDALONE_OPTION  passed on to standalone.sh, such as
#                      -Djboss.socket.binding.port-offset=100
set -euo pipefail

jboss_home=$1
ear=$2
shift 2

cp "$ear" "$jboss_home/standalone/deployments/crm.ear"

echo "Starting WildFly; XTools CRM will be at http://localhost:8080/crm and, with the"
echo "self-signed demo certificate, at https://localhost:8443/crm (ports plus any offset)."
exec "$jboss_home/bin/standalone.sh" -Dcrm.demo-data=true "$@"
