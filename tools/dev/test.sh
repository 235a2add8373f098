#!/usr/bin/env bash
# npm test: every test (unit, integration, end-to-end) against real PostgreSQL and Kafka.
# Extra arguments go to Jest (e.g. `npm test -- apps/cases`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=tools/dev/ensure-infrastructure.sh
source "$ROOT/tools/dev/ensure-infrastructure.sh"
cd "$ROOT"
log "building services for the end-to-end tests ..."
npx nx run-many -t build --output-style=static >/dev/null
started=$(date +%s)
status=0
# Two workers on two cores; every test file has its own database and consumer groups.
mkdir -p tmp
node_modules/.bin/jest --maxWorkers=2 --json --outputFile=tmp/jest-results.json "$@" || status=$?
log "tests took $(( $(date +%s) - started )) s"
if [[ "${PLUME_STARTED_KAFKA:-}" == 1 && -z "${CI:-}" ]]; then
  bash tools/kafka/kafka.sh stop >/dev/null
fi
# One plain closing line that any CI reader understands.
node -e 'const r=require("./tmp/jest-results.json");console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`)' || true
exit "$status"
