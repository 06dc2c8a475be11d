import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = path.resolve(import.meta.dirname, "test-summary.mjs");

/** A k6 handleSummary `data` in k6's layout: checks in nested groups, thresholds on metrics. */
function k6Report(checks: { name: string; fails: number }[], thresholds: Record<string, boolean>) {
  const asCheck = (c: { name: string; fails: number }) => ({ name: c.name, passes: 3, fails: c.fails });
  const [first, ...rest] = checks.map(asCheck);
  return {
    root_group: { checks: first ? [first] : [], groups: [{ checks: rest, groups: [] }] },
    metrics: {
      checks: { values: {}, thresholds: { "rate>0.99": { ok: thresholds.checks ?? true } } },
      http_req_failed: { values: {}, thresholds: { "rate<0.01": { ok: thresholds.failed ?? true } } },
      http_reqs: { values: {} },
    },
  };
}

function summarize(report: object | null, failedSteps: string[] = [], vitest?: object) {
  const dir = mkdtempSync(path.join(tmpdir(), "test-summary-"));
  mkdirSync(path.join(dir, "test-results"));
  if (report) writeFileSync(path.join(dir, "test-results/summary-smoke.json"), JSON.stringify(report));
  if (vitest) writeFileSync(path.join(dir, "test-results/vitest.json"), JSON.stringify(vitest));
  const run = spawnSync(process.execPath, [SCRIPT, ...failedSteps], { cwd: dir, encoding: "utf8" });
  return { line: run.stdout.trim().split("\n").pop(), status: run.status };
}

describe("test summary: the k6 smoke", () => {
  it("counts each check and threshold of a green run as passed (plus lint, typecheck, build)", () => {
    const report = k6Report(
      [
        { name: "tree → 200", fails: 0 },
        { name: "create project → 201", fails: 0 },
      ],
      {},
    );
    expect(summarize(report)).toEqual({ line: "7 passed, 0 failed, 0 skipped", status: 0 });
  });

  it("counts a failing endpoint's check and a crossed threshold as failures and fails the run", () => {
    const report = k6Report(
      [
        { name: "save volume → 200", fails: 0 },
        { name: "save volume → 200 ✗ PUT /api/v1/projects/{id}/pekerjaan/{id}/volume → 404", fails: 4 },
      ],
      { failed: false },
    );
    expect(summarize(report, ["loadtest"])).toEqual({ line: "5 passed, 2 failed, 0 skipped", status: 1 });
  });

  it("fails a k6 run that failed outside its checks and thresholds (setup aborted)", () => {
    expect(summarize(k6Report([], {}), ["loadtest"])).toEqual({ line: "5 passed, 1 failed, 0 skipped", status: 1 });
  });

  it("counts a machine without k6 as one skipped test, and a k6 that crashed without a report as a failure", () => {
    expect(summarize(null)).toEqual({ line: "3 passed, 0 failed, 1 skipped", status: 0 });
    expect(summarize(null, ["loadtest"])).toEqual({ line: "3 passed, 1 failed, 0 skipped", status: 1 });
  });
});

describe("test summary: Vitest", () => {
  it("counts a file whose setup failed (its tests reported as skipped) as a failure", () => {
    const file = (status: string, tests: string[]) => ({ status, assertionResults: tests.map((t) => ({ status: t })) });
    const vitest = {
      numPassedTests: 2,
      numFailedTests: 1,
      numPendingTests: 3,
      testResults: [file("passed", ["passed", "passed"]), file("failed", ["failed"]), file("failed", ["skipped", "skipped", "skipped"])],
    };
    expect(summarize(null, ["vitest"], vitest)).toEqual({ line: "5 passed, 2 failed, 4 skipped", status: 1 });
  });
});
