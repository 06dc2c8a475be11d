// Configuration from the environment. Plain ES5-style JavaScript on purpose: this suite must
// run on any k6 >= 0.48 (no optional chaining, no nullish coalescing, no class fields).

export var BASE_URL = (__ENV.BASE_URL || "http://localhost:3000").replace(/\/$/, "");
export var PROFILE = __ENV.K6_PROFILE || "smoke";
export var USER_POOL_SIZE = parseInt(__ENV.USER_POOL_SIZE || "0", 10);
export var USER_PASSWORD = __ENV.LOADTEST_PASSWORD || "loadtest-password-1";
export var USER_PREFIX = __ENV.LOADTEST_USER_PREFIX || "loadtest";

// Relative weights of the user mix, like the old suite's.
export var WEIGHTS = { estimator: 10, viewer: 5, admin: 2 };

function share(total, weight) {
  var sum = WEIGHTS.estimator + WEIGHTS.viewer + WEIGHTS.admin;
  return Math.max(1, Math.round((total * weight) / sum));
}

function constant(vus, duration) {
  return { estimator: { executor: "constant-vus", vus: share(vus, WEIGHTS.estimator), duration: duration },
    viewer: { executor: "constant-vus", vus: share(vus, WEIGHTS.viewer), duration: duration },
    admin: { executor: "constant-vus", vus: share(vus, WEIGHTS.admin), duration: duration } };
}

function ramping(target) {
  function stages(weight) {
    var peak = share(target, weight);
    return [
      { duration: "1m", target: Math.max(1, Math.round(peak / 4)) },
      { duration: "2m", target: peak },
      { duration: "3m", target: peak },
      { duration: "1m", target: 0 },
    ];
  }
  return {
    estimator: { executor: "ramping-vus", startVUs: 1, stages: stages(WEIGHTS.estimator) },
    viewer: { executor: "ramping-vus", startVUs: 1, stages: stages(WEIGHTS.viewer) },
    admin: { executor: "ramping-vus", startVUs: 1, stages: stages(WEIGHTS.admin) },
  };
}

function breakpoint() {
  // Open model: arrival rate climbs until the thresholds abort the run.
  return {
    estimator: {
      executor: "ramping-arrival-rate",
      startRate: 5,
      timeUnit: "1s",
      preAllocatedVUs: 50,
      maxVUs: 400,
      stages: [{ duration: "10m", target: 400 }],
    },
  };
}

export var PROFILES = {
  smoke: { vus: 2, scenarios: constant(2, "30s") },
  standard: { vus: 50, scenarios: constant(50, "5m") },
  stress: { vus: 200, scenarios: ramping(200) },
  breakpoint: { vus: 400, scenarios: breakpoint() },
};

export function profile() {
  var p = PROFILES[PROFILE];
  if (!p) throw new Error("K6_PROFILE tidak dikenal: " + PROFILE + " (smoke|standard|stress|breakpoint)");
  return p;
}

// The old system's targets: the pass/fail bar of every run.
export function thresholds(abortOnFail) {
  function t(expr) {
    return abortOnFail ? { threshold: expr, abortOnFail: true, delayAbortEval: "30s" } : expr;
  }
  return {
    "http_req_duration{kind:read}": [t("p(95)<500")],
    "http_req_duration{kind:write}": [t("p(95)<1000")],
    "http_req_duration{kind:export}": [t("p(95)<5000")],
    http_req_failed: [t("rate<0.01")],
    checks: ["rate>0.99"],
  };
}
