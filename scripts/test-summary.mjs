// Sums the Vitest and Playwright JSON reports into the one closing line CI reads.
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
}
const playwright = read("test-results/playwright.json");
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
}
for (const step of ["lint", "typecheck", "build"]) {
  if (failedSteps.includes(step)) failed += 1;
  else passed += 1;
}
// A runner that crashed before writing its report still fails the run.
for (const [step, report] of [["vitest", vitest], ["e2e", playwright]]) {
  if (failedSteps.includes(step) && !report) failed += 1;
}

if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
