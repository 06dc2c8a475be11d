// Configuration from the environment. Plain ES5-style JavaScript on purpose: this suite must
// run on any k6 >= 0.48 (no optional chaining, no nullish coalescing, no class fields).

export var BASE_URL = (__ENV.BASE_URL || "http://localhost:3000").replace(/\/$/, "");
export var PROFILE = __ENV.K6_PROFILE || "smoke";
export var USER_POOL_SIZE = parseInt(__ENV.USER_POOL_SIZE || "0", 10);
export var USER_PASSWORD = __ENV.LOADTEST_PASSWORD || "loadtest-password-1";
export var USER_PREFIX = __ENV.LOADTEST_USER_PREFIX || "loadtest";
// The capacity profile reads 100-pekerjaan projects, the size the measurements use.
export var PEKERJAAN_PER_PROJECT = parseInt(__ENV.PEKERJAAN_PER_PROJECT || (PROFILE === "capacity" ? "100" : "5"), 10);
if (!(PEKERJAAN_PER_PROJECT >= 1)) throw new Error("PEKERJAAN_PER_PROJECT harus bilangan bulat ≥ 1");
export var GIVEN_USERS = givenUsers();

/** open() resolves a relative path against this module's folder; whoever runs k6 means their own. */
function fromWorkingDir(path) {
  return path.charAt(0) === "/" || !__ENV.PWD ? path : __ENV.PWD + "/" + path;
}

/**
 * Staging may not allow registration: USERS_FILE (a path) or USERS_JSON (the text) lists existing
 * accounts as [{ "email", "password" }] or [{ "token" }]. open() only works here, in the init context.
 */
function givenUsers() {
  var text = __ENV.USERS_FILE ? open(fromWorkingDir(__ENV.USERS_FILE)) : __ENV.USERS_JSON;
  if (!text) return null;
  var list = JSON.parse(text);
  var valid = Array.isArray(list) && list.length > 0;
  for (var i = 0; valid && i < list.length; i++) valid = Boolean(list[i] && (list[i].token || (list[i].email && list[i].password)));
  if (!valid) throw new Error("USERS_FILE/USERS_JSON harus berisi daftar JSON [{email, password}] atau [{token}] yang tidak kosong");
  return list;
}

// Relative weights of the user mix, like the old suite's.
export var WEIGHTS = { estimator: 10, viewer: 5, admin: 2 };

function share(total, weight) {
  var sum = WEIGHTS.estimator + WEIGHTS.viewer + WEIGHTS.admin;
  return Math.max(1, Math.round((total * weight) / sum));
}

function constant(vus, duration) {
  function scenario(weight) {
    // A short graceful stop: the admin's pacing sleep (65 s) would otherwise hold every run open.
    return { executor: "constant-vus", vus: share(vus, weight), duration: duration, gracefulStop: "5s" };
  }
  return { estimator: scenario(WEIGHTS.estimator), viewer: scenario(WEIGHTS.viewer), admin: scenario(WEIGHTS.admin) };
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

// Capacity: an open model, one read per iteration, so each step's arrival rate is its request rate.
export var CAPACITY_RATES = (__ENV.CAPACITY_RATES || "50,100,200,300,400").split(",").map(Number);
export var CAPACITY_STEP_SECONDS = parseInt(__ENV.CAPACITY_STEP_SECONDS || "30", 10);
export var CAPACITY_P95_MS = parseInt(__ENV.CAPACITY_P95_MS || "70", 10);
var CAPACITY_WARMUP_SECONDS = 10;
// Between steps: a step's last requests finish before the next step starts measuring.
var STEP_GAP_SECONDS = 2;

/** The scenario name of a step; k6 tags every sample with it (`scenario`), which is how steps are told apart. */
export function stepName(rate) {
  return "capacity_" + ("00" + rate).slice(-3);
}

function arrivals(rate, seconds, startSeconds) {
  return {
    executor: "constant-arrival-rate",
    exec: "reader",
    rate: rate,
    timeUnit: "1s",
    duration: seconds + "s",
    startTime: startSeconds + "s",
    gracefulStop: STEP_GAP_SECONDS + "s",
    // Up to one second per request before iterations are dropped: drops mean the server fell behind.
    preAllocatedVUs: Math.ceil(rate / 4),
    maxVUs: rate,
  };
}

/** A warm-up at the first rate (JIT, pools, per-contentRevision caches of each worker), then the measured steps. */
function capacity() {
  var scenarios = { capacity_warmup: arrivals(CAPACITY_RATES[0], CAPACITY_WARMUP_SECONDS, 0) };
  var start = CAPACITY_WARMUP_SECONDS + STEP_GAP_SECONDS;
  for (var i = 0; i < CAPACITY_RATES.length; i++) {
    scenarios[stepName(CAPACITY_RATES[i])] = arrivals(CAPACITY_RATES[i], CAPACITY_STEP_SECONDS, start);
    start += CAPACITY_STEP_SECONDS + STEP_GAP_SECONDS;
  }
  return scenarios;
}

/** `vus` sizes the user pool; `probe` adds the rate-limit probe (it needs the limiter on). */
export var PROFILES = {
  smoke: { vus: 2, probe: true, scenarios: constant(2, "30s") },
  standard: { vus: 50, probe: true, scenarios: constant(50, "5m") },
  stress: { vus: 200, probe: true, scenarios: ramping(200) },
  breakpoint: { vus: 400, probe: true, scenarios: breakpoint() },
  capacity: { vus: 10, probe: false, scenarios: capacity() },
};

export function profile() {
  var p = PROFILES[PROFILE];
  if (!p) throw new Error("K6_PROFILE tidak dikenal: " + PROFILE + " (" + Object.keys(PROFILES).join("|") + ")");
  return p;
}

/**
 * Per step: p95 within the target, under 1% errors, under 1% of the planned iterations dropped.
 * A failed step is the answer to "what rate holds", not a broken suite.
 */
function capacityThresholds() {
  var t = {};
  for (var i = 0; i < CAPACITY_RATES.length; i++) {
    var rate = CAPACITY_RATES[i];
    var tag = "{scenario:" + stepName(rate) + "}";
    t["http_req_duration" + tag] = ["p(95)<" + CAPACITY_P95_MS];
    t["http_req_failed" + tag] = ["rate<0.01"];
    t["dropped_iterations" + tag] = ["count<" + Math.max(1, Math.round(rate * CAPACITY_STEP_SECONDS * 0.01))];
  }
  return t;
}

// The old system's targets: the pass/fail bar of every closed-model run.
export function thresholds() {
  if (PROFILE === "capacity") return capacityThresholds();
  var abortOnFail = PROFILE === "breakpoint";
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
