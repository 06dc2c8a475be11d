// k6 load-test suite. Usage:
//   BASE_URL=https://staging.example K6_PROFILE=standard k6 run load-tests/main.js
// Profiles: smoke (3 VUs, 30 s), standard (50 VUs, 5 min), stress (ramp to 200), breakpoint,
// capacity (open model: 50…400 req/s of reads, 30 s per step).
import { profile, PROFILE, thresholds, USER_POOL_SIZE } from "./lib/config.js";
import { probeUser, userOf, userPool } from "./lib/auth.js";
import { createProjects } from "./lib/fixtures.js";
import { estimator } from "./scenarios/estimator.js";
import { viewer } from "./scenarios/viewer.js";
import { admin } from "./scenarios/admin.js";
import { reader } from "./scenarios/reader.js";
import { ratelimitProbe } from "./scenarios/ratelimit-probe.js";
import { textSummary } from "./lib/summary.js";

var chosen = profile();
var scenarios = {};
for (var name in chosen.scenarios) {
  var s = chosen.scenarios[name];
  s.exec = s.exec || name;
  scenarios[name] = s;
}
if (chosen.probe) scenarios.ratelimitProbe = { executor: "shared-iterations", vus: 1, iterations: 1, exec: "probe", startTime: "5s" };

export var options = {
  scenarios: scenarios,
  thresholds: thresholds(),
  setupTimeout: "5m",
  summaryTrendStats: ["avg", "min", "med", "p(90)", "p(95)", "p(99)", "max"],
};

/** One user per VU (plus the probe's own), and one project per user built through the API. */
export function setup() {
  var users = userPool(USER_POOL_SIZE > 0 ? USER_POOL_SIZE : chosen.vus);
  return { users: users, projects: createProjects(users), probeUser: chosen.probe ? probeUser(users) : null };
}

function forVu(data, fn) {
  var index = (__VU - 1) % data.users.length;
  fn(userOf(data.users, __VU), data.projects[index]);
}

export function estimatorExec(data) {
  forVu(data, estimator);
}
export function viewerExec(data) {
  forVu(data, viewer);
}
export function adminExec(data) {
  forVu(data, admin);
}
export function readerExec(data) {
  forVu(data, reader);
}
export function probe(data) {
  ratelimitProbe(data.probeUser);
}
export { estimatorExec as estimator, viewerExec as viewer, adminExec as admin, readerExec as reader };

export function handleSummary(data) {
  var out = __ENV.SUMMARY_DIR || "load-tests/results";
  var text = textSummary(data);
  var files = {};
  files[out + "/summary-" + PROFILE + ".json"] = JSON.stringify(data, null, 2);
  files[out + "/summary-" + PROFILE + ".txt"] = text;
  files.stdout = text;
  return files;
}
