// A readable summary written by hand: no remote jslib imports on machines without network.

function fmt(value) {
  if (typeof value !== "number") return String(value);
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

function thresholdLines(metric) {
  var lines = [];
  var t = metric.thresholds || {};
  for (var expr in t) lines.push("      " + (t[expr].ok ? "✓" : "✗") + " " + expr);
  return lines;
}

export function textSummary(data) {
  var lines = ["", "RAB AHSP load test summary", "=========================="];
  var names = Object.keys(data.metrics).sort();
  for (var i = 0; i < names.length; i++) {
    var m = data.metrics[names[i]];
    var v = m.values;
    var parts = [];
    for (var k in v) parts.push(k + "=" + fmt(v[k]));
    lines.push(names[i] + " (" + m.type + "): " + parts.join(" "));
    lines = lines.concat(thresholdLines(m));
  }
  lines.push("");
  return lines.join("\n");
}
