import { fail } from "k6";
import { publicPost } from "./api.js";
import { GIVEN_USERS, USER_PASSWORD, USER_PREFIX } from "./config.js";

/**
 * A pool of users with a bearer token each, so every VU acts as its own user: rate limits are
 * per user, and one shared user would only measure the 429 path. The users are the given
 * accounts (USERS_FILE / USERS_JSON) when there are any, otherwise registered here.
 */
export function userPool(size) {
  var users = [];
  if (GIVEN_USERS) {
    for (var g = 0; g < GIVEN_USERS.length; g++) users.push(givenUser(GIVEN_USERS[g]));
    return users;
  }
  for (var i = 0; i < size; i++) users.push(newUser(USER_PREFIX + "-" + i + "@loadtest.local"));
  return users;
}

/**
 * The rate-limit probe exhausts its user's bucket of GET /api/v1/me, a route no scenario reads:
 * a registered user of its own, or the last given account where registering is not possible.
 */
export function probeUser(pool) {
  if (GIVEN_USERS) return pool[pool.length - 1];
  return newUser(USER_PREFIX + "-probe-" + Date.now() + "@loadtest.local");
}

function givenUser(account) {
  if (account.token) return { email: account.email || "(token)", token: account.token };
  return { email: account.email, token: exchange(account.email, account.password) };
}

function newUser(email) {
  publicPost("/api/v1/auth/register", { email: email, password: USER_PASSWORD, name: "Load test " + email }, "register");
  return { email: email, token: exchange(email, USER_PASSWORD) };
}

function exchange(email, password) {
  var res = publicPost("/api/v1/auth/tokens", { email: email, password: password, name: "k6" }, "token exchange");
  if (res.status !== 201) fail("token exchange failed for " + email + ": " + res.status + " " + res.body);
  return res.json("data.token");
}

/** The user of this VU: VU ids start at 1, and scenarios share the pool round-robin. */
export function userOf(pool, vuId) {
  return pool[(vuId - 1) % pool.length];
}
