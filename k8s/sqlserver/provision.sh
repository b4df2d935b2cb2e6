#!/bin/bash
# Creates the services' databases and logins (provision.sql) as sa. Run on every deploy by the
# compose service and the Kubernetes Job "sqlserver-provision"; idempotent. See "Database logins"
# in README.md.
#
# Environment (all required but SQLSERVER_HOST; no value is ever printed):
#   SQLCMDPASSWORD            the sa password (sqlcmd reads it from there)
#   USERS_MIGRATOR_PASSWORD, USERS_APP_PASSWORD, POSTS_MIGRATOR_PASSWORD, POSTS_APP_PASSWORD
#   SQLSERVER_HOST            default "sqlserver"
#   SQLCMD_BIN                default the SQL Server image's /opt/mssql-tools18/bin/sqlcmd
set -euo pipefail

SQLCMD="${SQLCMD_BIN:-/opt/mssql-tools18/bin/sqlcmd}"
HOST="${SQLSERVER_HOST:-sqlserver}"
PASSWORDS=(USERS_MIGRATOR_PASSWORD USERS_APP_PASSWORD POSTS_MIGRATOR_PASSWORD POSTS_APP_PASSWORD)

# The UTF-16LE bytes of $1 in hex: the only form in which provision.sql receives a password.
utf16_hex() { printf '%s' "$1" | iconv -f UTF-8 -t UTF-16LE | od -An -v -tx1 | tr -d ' \n'; }

[[ -n "${SQLCMDPASSWORD:-}" ]] || { echo "provision: SQLCMDPASSWORD (the sa password) is empty" >&2; exit 2; }
for name in "${PASSWORDS[@]}"; do
  [[ -n "${!name:-}" ]] || { echo "provision: $name is empty" >&2; exit 2; }
  hex="$(utf16_hex "${!name}")"
  export "${name}_HEX=$hex"
  # sqlcmd turns every environment variable into a scripting variable: leave it only the hex.
  unset "$name"
done

# In Kubernetes the Job starts together with SQL Server: give it up to 5 minutes to accept logins.
# The last failure is not hidden: the run below reports it.
for _ in $(seq 1 60); do
  "$SQLCMD" -C -b -l 5 -S "$HOST" -U sa -Q "SELECT 1" >/dev/null 2>&1 && break
  sleep 5
done

exec "$SQLCMD" -C -b -l 30 -S "$HOST" -U sa -i "$(dirname "$0")/provision.sql"
