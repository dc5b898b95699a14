#!/usr/bin/env bash
# Starts a local PostgreSQL server for the tests of BiometricConsent.PostgreSql and prints the connection string they
# read from BIOMETRICCONSENT_POSTGRES (docs/postgresql-ledger.md, "Tests"). Idempotent: run it as often as you like.
#  - installs PostgreSQL from the Debian packages when no server is installed (needs root and apt);
#  - starts the newest cluster (creating one if there is none) and waits until it accepts connections;
#  - creates the login role biometric_consent_test (owner of the test database, may create roles for the tests of
#    the least-privilege role) and the database biometric_consent_test.
# Usage: export BIOMETRICCONSENT_POSTGRES="$(.ci/postgres.sh)"
set -euo pipefail

role=biometric_consent_test
database=biometric_consent_test
password=biometric_consent_test

log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "PostgreSQL is not installed; installing it from the Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster=$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v { print $2; exit }')
if [ -z "$cluster" ]; then
  cluster=main
  log "creating cluster $version/$cluster"
  pg_createcluster "$version" "$cluster" >&2
fi

port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')
if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { exit ($4 == "online" ? 0 : 1) }'; then
  log "starting cluster $version/$cluster on port $port"
  pg_ctlcluster "$version" "$cluster" start >&2
fi

for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p "$port" && break
  sleep 1
done
pg_isready -h localhost -p "$port" >&2 || { log "the server on port $port does not accept connections"; exit 1; }

as_postgres() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
as_postgres -d postgres >&2 <<SQL
SELECT 'CREATE ROLE $role LOGIN CREATEROLE PASSWORD ''$password'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') \gexec
SELECT 'CREATE DATABASE $database OWNER $role'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database') \gexec
SQL

echo "Host=localhost;Port=$port;Database=$database;Username=$role;Password=$password"
