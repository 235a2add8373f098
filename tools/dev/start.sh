#!/usr/bin/env bash
# npm start: installs what is missing, starts PostgreSQL and Kafka if needed, builds, migrates,
# seeds the demo data and runs every service until Ctrl-C.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=tools/dev/ensure-infrastructure.sh
source "$ROOT/tools/dev/ensure-infrastructure.sh"
cd "$ROOT"
log "building services ..."
npx nx run-many -t build --output-style=static >/dev/null
# node itself (not a tsx wrapper process) so that Ctrl-C and SIGTERM reach run-services directly.
TSX_TSCONFIG_PATH=tsconfig.base.json exec node --import tsx tools/dev/run-services.ts
