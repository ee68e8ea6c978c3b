#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is empty (the official image's /docker-entrypoint-initdb.d): one database
# and one owner per component, so Keycloak's schema and the register's schema are backed up and restored alone.
# The passwords come from the environment (docker/compose.yaml); none is written here.
set -euo pipefail
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD is required}"
: "${REGISTER_DB_PASSWORD:?REGISTER_DB_PASSWORD is required}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v kc_password="$KEYCLOAK_DB_PASSWORD" -v register_password="$REGISTER_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak;
CREATE ROLE namens LOGIN PASSWORD :'register_password';
CREATE DATABASE namens OWNER namens;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
REVOKE ALL ON DATABASE namens FROM PUBLIC;
SQL
