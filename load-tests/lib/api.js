import http from "k6/http";
import { check, sleep } from "k6";
import { BASE_URL } from "./config.js";

var UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
var SETUP_RETRIES = 5;

// Each request is tagged with its endpoint group (`kind`): thresholds are set per group.
function params(token, kind, name, extra) {
  var p = {
    headers: { Authorization: "Bearer " + token, "Content-Type": "application/json" },
    tags: { kind: kind, name: name },
  };
  if (extra && extra.responseCallback) p.responseCallback = extra.responseCallback;
  if (extra && extra.timeout) p.timeout = extra.timeout;
  if (extra && extra.responseType) p.responseType = extra.responseType;
  return p;
}

/** `/api/v1/projects/<uuid>/tree?x=1` → `/api/v1/projects/{id}/tree`: failures are reported per route, not per row. */
export function routePattern(path) {
  return path.split("?")[0].replace(UUID, "{id}");
}

/**
 * setup() runs as VU 0, and only there a 429 waits out its Retry-After and tries again: staging
 * keeps its rate limits while the fixtures are built. In the scenarios a 429 stays a failure.
 */
function request(method, path, body, p) {
  var res = http.request(method, BASE_URL + path, body, p);
  for (var tries = 0; __VU === 0 && res.status === 429 && tries < SETUP_RETRIES; tries++) {
    sleep(Math.min(120, parseInt(String(res.headers["Retry-After"]), 10) || 1));
    res = http.request(method, BASE_URL + path, body, p);
  }
  return res;
}

/**
 * One check per response. It passes as `<name> → <expected>`; a failure is recorded under a name
 * that also says where and what came back, so the summary can list each failing endpoint and status.
 */
function checked(method, path, res, name, expectedStatus) {
  var ok = res.status === expectedStatus;
  var label = name + " → " + expectedStatus;
  if (!ok) label += " ✗ " + method + " " + routePattern(path) + " → " + (res.status || res.error || "no response");
  /** @type {Record<string, () => boolean>} */
  var assertions = {};
  assertions[label] = function () {
    return ok;
  };
  check(res, assertions);
  return res;
}

export function get(token, path, name, kind) {
  return checked("GET", path, request("GET", path, null, params(token, kind || "read", name)), name, 200);
}

export function send(method, token, path, body, name, expectedStatus) {
  var res = request(method, path, body === null ? null : JSON.stringify(body), params(token, "write", name));
  return checked(method, path, res, name, expectedStatus || 200);
}

/** A POST whose body is already JSON text (a backup file). */
export function sendText(token, path, text, name, expectedStatus) {
  return checked("POST", path, request("POST", path, text, params(token, "write", name)), name, expectedStatus);
}

export function download(token, path, name) {
  var res = checked(
    "GET",
    path,
    request("GET", path, null, params(token, "export", name, { timeout: "60s", responseType: "binary" })),
    name,
    200,
  );
  check(res, {
    "export has a body": function (r) {
      var body = r.body;
      return body !== null && (typeof body === "string" ? body.length : body.byteLength) > 0;
    },
  });
  return res;
}

export function data(res) {
  return res.json("data");
}

/** A public POST (register, token exchange): no token. */
export function publicPost(path, body, name) {
  return request("POST", path, JSON.stringify(body), {
    headers: { "Content-Type": "application/json" },
    tags: { kind: "auth", name: name },
    responseCallback: http.expectedStatuses(200, 201, 409),
  });
}
