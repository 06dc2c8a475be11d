#!/usr/bin/env bash
# Prints the k6 binary to use: `k6` from PATH, else ../shared/tools/k6 next to the repository.
# Without either it explains on stderr and exits 1, and callers skip their k6 run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(dirname "$root")/shared/tools/k6"
if command -v k6 >/dev/null 2>&1; then
  command -v k6
elif [ -x "$shared" ]; then
  echo "$shared"
else
  cat >&2 <<TXT
k6 tidak ditemukan (tidak ada di PATH, juga tidak di $shared), jadi uji beban k6 dilewati.
Pasang Grafana k6 (versi 0.48 atau lebih baru) lewat pengelola paket sistem Anda, misalnya
\`brew install k6\`, repositori apt/rpm resmi Grafana, atau image kontainer \`grafana/k6\`, lalu jalankan lagi.
Tanpa k6, \`npm run bench:load\` menjalankan campuran beban yang setara dengan autocannon.
TXT
  exit 1
fi
