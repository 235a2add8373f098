#!/usr/bin/env bash
# Makes sure what Plume needs is there: node_modules, PostgreSQL, the Kafka broker.
# Sourced by start.sh and test.sh; sets PLUME_STARTED_KAFKA=1 when it started the broker itself, and
# PLUME_STARTED_POSTGRES=<version> when it started the local PostgreSQL cluster (npm start stops both).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

log() { printf '[plume] %s\n' "$*"; }

# 1. Dependencies: install when missing or when the lockfile changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "installing dependencies (npm ci) ..."
  npm ci --no-audit --no-fund --loglevel=error
fi

# 2. PostgreSQL: use the one configured (PGHOST/PGPORT, default 127.0.0.1:5432); start the local
#    cluster if it is down and this machine has one.
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
if ! pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    log "starting PostgreSQL $version ..."
    if pg_ctlcluster --skip-systemctl-redirect "$version" main start; then
      export PLUME_STARTED_POSTGRES="$version"
    fi
  fi
  for _ in $(seq 1 60); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 0.5; done
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "[plume] PostgreSQL does not answer on $PGHOST:$PGPORT" >&2; exit 1; }
fi
log "PostgreSQL answers on $PGHOST:$PGPORT"

# 3. Kafka: the project's own broker unless KAFKA_BROKERS points elsewhere.
if [[ -z "${KAFKA_BROKERS:-}" ]]; then
  if ! bash tools/kafka/kafka.sh status >/dev/null 2>&1; then
    export PLUME_STARTED_KAFKA=1
  fi
  bash tools/kafka/kafka.sh start
else
  log "using Kafka at $KAFKA_BROKERS"
fi
