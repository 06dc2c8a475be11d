// k6 load-test suite. Usage:
//   BASE_URL=https://staging.example K6_PROFILE=standard k6 run load-tests/main.js
// Profiles: smoke (2 VUs, 30 s), standard (50 VUs, 5 min), stress (ramp to 200), breakpoint.
import { profile, PROFILE, thresholds, USER_POOL_SIZE } from "./lib/config.js";
import { userOf, userPool, tokenFor } from "./lib/auth.js";
import { createProject } from "./lib/fixtures.js";
import { estimator } from "./scenarios/estimator.js";
import { viewer } from "./scenarios/viewer.js";
import { admin } from "./scenarios/admin.js";
import { ratelimitProbe } from "./scenarios/ratelimit-probe.js";
import { textSummary } from "./lib/summary.js";

var chosen = profile();
var scenarios = {};
for (var name in chosen.scenarios) {
  var s = chosen.scenarios[name];
  s.exec = name;
  scenarios[name] = s;
}
scenarios.ratelimitProbe = { executor: "shared-iterations", vus: 1, iterations: 1, exec: "probe", startTime: "5s" };

export var options = {
  scenarios: scenarios,
  thresholds: thresholds(PROFILE === "breakpoint"),
  setupTimeout: "5m",
  summaryTrendStats: ["avg", "min", "med", "p(90)", "p(95)", "p(99)", "max"],
};

/** One user per VU (plus the probe's own), and one project per user built through the API. */
export function setup() {
  var size = USER_POOL_SIZE > 0 ? USER_POOL_SIZE : chosen.vus;
  var users = userPool(size);
  var projects = [];
  for (var i = 0; i < users.length; i++) projects.push(createProject(users[i].token, "Proyek k6 " + i));
  return { users: users, projects: projects, probeUser: tokenFor("loadtest-probe-" + Date.now() + "@loadtest.local") };
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
export function probe(data) {
  ratelimitProbe(data.probeUser);
}
export { estimatorExec as estimator, viewerExec as viewer, adminExec as admin };

export function handleSummary(data) {
  var out = __ENV.SUMMARY_DIR || "load-tests/results";
  var files = {};
  files[out + "/summary-" + PROFILE + ".json"] = JSON.stringify(data, null, 2);
  files[out + "/summary-" + PROFILE + ".txt"] = textSummary(data);
  files.stdout = textSummary(data);
  return files;
}
