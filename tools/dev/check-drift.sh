#!/usr/bin/env bash
# CI drift checks: generated code, supergraph, event schemas and migrations must match their sources.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
log() { printf '[drift] %s\n' "$*"; }

GENERATED=(apps/*/src/__generated__ apps/gateway/src/supergraph.graphql apps/gateway/src/api-schema.graphql libs/events/schemas libs/events/CONTRACTS.md)

log "composition of the supergraph"
npx tsx tools/supergraph/compose.ts --check

# Before regenerating: a hand edit of CONTRACTS.md or a schema that is not committed yet would be
# overwritten by the regeneration below and go unnoticed; the generator's own check compares the files
# on disk with the contracts.
log "event schemas and CONTRACTS.md against the contracts"
npx tsx --tsconfig tsconfig.base.json tools/events/write-schemas.ts --check

log "regenerating resolver types, supergraph, event schemas and CONTRACTS.md"
npx nx run-many -t codegen --output-style=static --skip-nx-cache >/dev/null
npx tsx --tsconfig tsconfig.base.json tools/events/write-schemas.ts >/dev/null
if [[ -n "$(git status --porcelain -- "${GENERATED[@]}")" ]]; then
  git status --short -- "${GENERATED[@]}"
  git diff --stat -- "${GENERATED[@]}"
  echo "[drift] generated files are stale: run 'npm run codegen' and 'npm run events:schemas', then commit" >&2
  exit 1
fi
log "generated files are up to date"

log "migrations against entities"
npx nx run-many -t build --output-style=static >/dev/null
for migrate in dist/apps/*/migrate.cjs; do
  node "$migrate" --check
done
