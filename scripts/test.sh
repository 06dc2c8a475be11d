#!/usr/bin/env bash
# The whole test suite, as the README promises: lint, typecheck, a production build,
# Vitest unit + integration (real PostgreSQL and Redis), Playwright e2e in Chromium, and the k6
# smoke profile against the build (skipped, saying why, where no k6 binary exists).
# Ends with one line "N passed, N failed" and a non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json test-results/summary-smoke.json

failed_steps=()
step() {
  local name=$1; shift
  echo "::: $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step lint npm run --silent lint
step typecheck npm run --silent typecheck
# Drift: schema.prisma must match what the migrations build (a renamed column without its migration fails here).
step schema env DATABASE_URL="${SCHEMA_CHECK_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/rab_schema_check}" npm run --silent db:check
# RAB_TEST_ROUTES=1: this build also holds the test fixtures' routes (app/api/v1/diagnostics), which the
# integration tests call; a production build (Dockerfile, npm start) never does.
step build env RAB_TEST_ROUTES=1 npx next build
step vitest npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step e2e npx playwright test
step loadtest npx tsx scripts/loadtest-ci.ts

node scripts/test-summary.mjs "${failed_steps[@]}"
