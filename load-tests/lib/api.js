import http from "k6/http";
import { check } from "k6";
import { BASE_URL } from "./config.js";

// Each request is tagged with its endpoint group (`kind`): thresholds are set per group.
function params(token, kind, name, extra) {
  var p = {
    headers: { Authorization: "Bearer " + token, "Content-Type": "application/json" },
    tags: { kind: kind, name: name },
  };
  if (extra && extra.responseCallback) p.responseCallback = extra.responseCallback;
  if (extra && extra.timeout) p.timeout = extra.timeout;
  return p;
}

export function envelopeOk(res) {
  try {
    return res.json("ok") === true;
  } catch (e) {
    return false;
  }
}

function checked(res, name, expectedStatus) {
  /** @type {Record<string, (r: any) => boolean>} */
  var assertions = {};
  assertions[name + " status " + expectedStatus] = function (r) {
    return r.status === expectedStatus;
  };
  check(res, assertions);
  return res;
}

export function get(token, path, name, kind) {
  return checked(http.get(BASE_URL + path, params(token, kind || "read", name)), name, 200);
}

export function send(method, token, path, body, name, expectedStatus) {
  var res = http.request(method, BASE_URL + path, JSON.stringify(body), params(token, "write", name));
  return checked(res, name, expectedStatus || 200);
}

export function download(token, path, name) {
  var p = params(token, "export", name, { timeout: "60s" });
  p.responseType = "binary";
  var res = http.get(BASE_URL + path, p);
  check(res, {
    "export status 200": function (r) {
      return r.status === 200;
    },
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
  return http.post(BASE_URL + path, JSON.stringify(body), {
    headers: { "Content-Type": "application/json" },
    tags: { kind: "auth", name: name },
    responseCallback: http.expectedStatuses(200, 201, 409),
  });
}
