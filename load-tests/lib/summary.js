// A readable summary written by hand: no remote jslib imports on machines without network.
import { BASE_URL, CAPACITY_P95_MS, CAPACITY_RATES, CAPACITY_STEP_SECONDS, PROFILE, stepName } from "./config.js";

function fmt(value) {
  if (typeof value !== "number") return String(value);
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

function pad(text, width) {
  var s = String(text);
  while (s.length < width) s = " " + s;
  return s;
}

/** The statistic a threshold expression tests: `p(95)<500` → `p(95)`, `rate<0.01` → `rate`. */
function statOf(expr) {
  var match = /^\s*([a-z]+(\(\d+(\.\d+)?\))?)/.exec(expr);
  return match ? match[1] : "";
}

function thresholdLines(data) {
  var lines = [];
  var names = Object.keys(data.metrics).sort();
  for (var i = 0; i < names.length; i++) {
    var m = data.metrics[names[i]];
    for (var expr in m.thresholds || {}) {
      var value = m.values[statOf(expr)];
      lines.push("  " + (m.thresholds[expr].ok ? "✓" : "✗") + " " + names[i] + " " + expr + "  (" + statOf(expr) + "=" + fmt(value) + ")");
    }
  }
  return lines;
}

function allChecks(group, into) {
  for (var i = 0; i < group.checks.length; i++) into.push(group.checks[i]);
  for (var g = 0; g < group.groups.length; g++) allChecks(group.groups[g], into);
  return into;
}

/**
 * Every failed check by name; a failed status check's name (lib/api.js) carries the request's
 * method, route pattern and the status that came back.
 */
function checkLines(data) {
  var checks = allChecks(data.root_group, []);
  var passes = 0;
  var fails = 0;
  var failed = [];
  for (var i = 0; i < checks.length; i++) {
    passes += checks[i].passes;
    fails += checks[i].fails;
    if (checks[i].fails > 0) failed.push("  ✗ " + checks[i].name + "  ×" + checks[i].fails);
  }
  return ["Checks: " + passes + " passed, " + fails + " failed"].concat(failed.sort());
}

function stepValues(data, metric, rate) {
  var m = data.metrics[metric + "{scenario:" + stepName(rate) + "}"];
  return m ? m.values : null;
}

function stepHolds(data, rate) {
  var metrics = ["http_req_duration", "http_req_failed", "dropped_iterations"];
  for (var i = 0; i < metrics.length; i++) {
    var m = data.metrics[metrics[i] + "{scenario:" + stepName(rate) + "}"];
    for (var expr in (m && m.thresholds) || {}) if (!m.thresholds[expr].ok) return false;
  }
  return true;
}

/** One row per arrival-rate step; a step without samples (no drops, say) reads as zero. */
function capacityLines(data) {
  var widths = [6, 8, 8, 8, 8, 8, 8, 8];
  var head = ["req/s", "requests", "p50 ms", "p95 ms", "p99 ms", "failed", "dropped", "holds"];
  var lines = [
    "Capacity steps (" + CAPACITY_STEP_SECONDS + " s each; holds = p95 < " + CAPACITY_P95_MS + " ms, < 1% failed, < 1% dropped)",
  ];
  lines.push(
    head
      .map(function (h, i) {
        return pad(h, widths[i]);
      })
      .join(" "),
  );
  for (var i = 0; i < CAPACITY_RATES.length; i++) {
    var rate = CAPACITY_RATES[i];
    var d = stepValues(data, "http_req_duration", rate) || {};
    var f = stepValues(data, "http_req_failed", rate) || { passes: 0, fails: 0 };
    var dropped = stepValues(data, "dropped_iterations", rate);
    var row = [
      rate,
      f.passes + f.fails,
      fmt(d.med),
      fmt(d["p(95)"]),
      fmt(d["p(99)"]),
      f.passes,
      dropped ? dropped.count : 0,
      stepHolds(data, rate) ? "yes" : "no",
    ];
    lines.push(
      row
        .map(function (v, j) {
          return pad(v, widths[j]);
        })
        .join(" "),
    );
  }
  return lines;
}

function metricLines(data) {
  var lines = [];
  var names = Object.keys(data.metrics).sort();
  for (var i = 0; i < names.length; i++) {
    var v = data.metrics[names[i]].values;
    var parts = [];
    for (var k in v) parts.push(k + "=" + fmt(v[k]));
    lines.push("  " + names[i] + ": " + parts.join(" "));
  }
  return lines;
}

export function textSummary(data) {
  var title = "RAB AHSP load test: profile " + PROFILE + " against " + BASE_URL;
  var lines = ["", title, title.replace(/./g, "="), "Thresholds:"].concat(thresholdLines(data), [""], checkLines(data), [""]);
  if (PROFILE === "capacity") lines = lines.concat(capacityLines(data), [""]);
  return lines.concat(["Metrics:"], metricLines(data), [""]).join("\n");
}
