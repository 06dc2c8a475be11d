// Sums the Vitest, Playwright and k6 JSON reports into the one closing line CI reads.
// Steps without a report of their own (lint, typecheck, build) count as one test each.
import { existsSync, readFileSync } from "node:fs";

const failedSteps = process.argv.slice(2);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read("test-results/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  // A file whose setup (beforeAll) failed reports its tests as skipped, not failed: it counts as one failure.
  failed += vitest.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"),
  ).length;
}
const playwright = read("test-results/playwright.json");
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
}
// k6: each distinct check name and each threshold is one test. A failed status check is named
// after its endpoint and status (load-tests/lib/api.js), so each failing endpoint counts once.
const k6 = read("test-results/summary-smoke.json");
if (k6) {
  const results = [];
  const walk = (group) => {
    results.push(...group.checks.map((check) => check.fails === 0));
    group.groups.forEach(walk);
  };
  walk(k6.root_group);
  for (const metric of Object.values(k6.metrics)) results.push(...Object.values(metric.thresholds ?? {}).map((t) => t.ok));
  const k6Failed = results.filter((ok) => !ok).length;
  passed += results.length - k6Failed;
  // k6 can also fail outside its checks and thresholds (setup aborted, a script error).
  failed += failedSteps.includes("loadtest") ? Math.max(1, k6Failed) : k6Failed;
} else if (!failedSteps.includes("loadtest")) {
  skipped += 1; // no k6 binary on this machine
}
for (const step of ["lint", "typecheck", "build"]) {
  if (failedSteps.includes(step)) failed += 1;
  else passed += 1;
}
// A runner that crashed before writing its report still fails the run.
for (const [step, report] of [
  ["vitest", vitest],
  ["e2e", playwright],
  ["loadtest", k6],
]) {
  if (failedSteps.includes(step) && !report) failed += 1;
}

if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
