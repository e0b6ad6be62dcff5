#!/usr/bin/env bash
# Drops and creates the test database and its user on MariaDB or MySQL, and
# writes the properties that 02-datasource-mysql.cli needs.
#
# Usage: prepare-database.sh PROPERTIES_FILE
# Environment: DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD DB_ADMIN_USER
#              DB_ADMIN_PASSWORD (may be empty)
set -euo pipefail

properties_file=$1
client=$(command -v mariadb || command -v mysql)

admin=("$client" -h "$DB_HOST" -P "$DB_PORT" -u "$DB_ADMIN_USER")
if [[ -n "${DB_ADMIN_PASSWORD:-}" ]]; then
    admin+=("-p$DB_ADMIN_PASSWORD")
fi

"${admin[@]}" <<SQL
DROP DATABASE IF EXISTS \`$DB_NAME\`;
CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL

# MySQL 8's default sql_mode on every connection, so that a query MySQL 8 would
# reject (ONLY_FULL_GROUP_BY, strict mode) fails in tests on MariaDB too.
sql_mode="ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"
options="characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&sessionVariables=sql_mode='$sql_mode'"

cat > "$properties_file" <<PROPS
crm.db.url=jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?$options
crm.db.user=$DB_USER
crm.db.password=$DB_PASSWORD
PROPS
echo "Test database $DB_NAME is ready on $DB_HOST:$DB_PORT."
