#!/usr/bin/env bash
# npm run loadtest:smoke — the k6 smoke profile against a local server (BASE_URL, or PORT, default
# 3000), started with `npm start` when nothing answers there. k6 lookup: scripts/k6-path.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
k6="$(bash scripts/k6-path.sh)" || exit 0
export BASE_URL="${BASE_URL:-http://localhost:${PORT:-3000}}"
if ! curl -fsS "$BASE_URL/health/live" >/dev/null 2>&1; then
  echo "Menjalankan server produksi lokal (npm start) di $BASE_URL …"
  # `npm start`'s own command, without npm in between: the trap must stop the server, not npm.
  TSX_TSCONFIG_PATH=scripts/tsconfig.json node --import tsx scripts/start.ts > load-tests/results/server.log 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fsS "$BASE_URL/health/live" >/dev/null 2>&1 && break; sleep 1; done
fi
mkdir -p load-tests/results
K6_PROFILE=smoke "$k6" run --no-usage-report load-tests/main.js
