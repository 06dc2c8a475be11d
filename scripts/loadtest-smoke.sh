#!/usr/bin/env bash
# npm run loadtest:smoke — the k6 smoke profile against a local production server.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v k6 >/dev/null 2>&1; then
  cat <<'TXT'
k6 tidak terpasang, jadi uji beban k6 dilewati.
Pasang Grafana k6 (versi 0.48 atau lebih baru) lewat pengelola paket sistem Anda, misalnya
`brew install k6`, repositori apt/rpm resmi Grafana, atau image kontainer `grafana/k6`, lalu jalankan lagi.
Tanpa k6, `npm run bench:load` menjalankan campuran beban yang setara dengan autocannon.
TXT
  exit 0
fi
export BASE_URL="${BASE_URL:-http://localhost:${PORT:-3000}}"
if ! curl -fsS "$BASE_URL/health/live" >/dev/null 2>&1; then
  echo "Menjalankan server produksi lokal (npm start) di $BASE_URL …"
  npm start > load-tests/results/server.log 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fsS "$BASE_URL/health/live" >/dev/null 2>&1 && break; sleep 1; done
fi
mkdir -p load-tests/results
K6_PROFILE=smoke k6 run load-tests/main.js
