import http from "k6/http";
import { check } from "k6";
import { BASE_URL } from "../lib/config.js";

/**
 * Drives one user past the read limit and asserts the 429 path: Retry-After and the
 * envelope. Those 429s are expected, so they are tagged and excluded from http_req_failed.
 */
export function ratelimitProbe(user) {
  var params = {
    headers: { Authorization: "Bearer " + user.token },
    tags: { kind: "probe", expected_429: "true" },
    responseCallback: http.expectedStatuses(200, 429),
  };
  var limited = null;
  for (var i = 0; i < 150 && !limited; i++) {
    var res = http.get(BASE_URL + "/api/v1/me", params);
    if (res.status === 429) limited = res;
  }
  check(limited, {
    "probe reached 429": function (r) {
      return r !== null;
    },
    "429 has Retry-After in whole seconds": function (r) {
      return r !== null && /^\d+$/.test(String(r.headers["Retry-After"]));
    },
    "429 carries the envelope": function (r) {
      if (r === null) return false;
      var body = /** @type {any} */ (r.json());
      return body.ok === false && body.error.code === "RATE_LIMIT_EXCEEDED" && body.error.details.category === "read";
    },
  });
}
