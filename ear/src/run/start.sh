#!/usr/bin/env bash
# Deploys the EAR to the configured WildFly and runs the server in the foreground
# with demo data on the embedded H2 database. Ctrl+C stops it.
#
# Usage: start.sh JBOSS_HOME EAR_FILE
set -euo pipefail

jboss_home=$1
ear=$2

cp "$ear" "$jboss_home/standalone/deployments/crm.ear"

echo "Starting WildFly; XTools CRM will be at http://localhost:8080/crm"
exec "$jboss_home/bin/standalone.sh" -Dcrm.demo-data=true
