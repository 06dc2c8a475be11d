import { fail } from "k6";
import { publicPost } from "./api.js";
import { USER_PASSWORD, USER_PREFIX } from "./config.js";

/**
 * Registers (or reuses) a pool of users and exchanges each one's credentials for a bearer
 * token, so every VU acts as its own user: rate limits are per user, and one shared user
 * would only measure the 429 path.
 */
export function userPool(size) {
  var users = [];
  for (var i = 0; i < size; i++) users.push(tokenFor(USER_PREFIX + "-" + i + "@loadtest.local"));
  return users;
}

export function tokenFor(email) {
  publicPost("/api/v1/auth/register", { email: email, password: USER_PASSWORD, name: "Load test " + email }, "register");
  var res = publicPost("/api/v1/auth/tokens", { email: email, password: USER_PASSWORD, name: "k6" }, "token exchange");
  if (res.status !== 201) fail("token exchange failed for " + email + ": " + res.status + " " + res.body);
  return { email: email, token: res.json("data.token") };
}

/** The user of this VU: VU ids start at 1, and scenarios share the pool round-robin. */
export function userOf(pool, vuId) {
  return pool[(vuId - 1) % pool.length];
}
