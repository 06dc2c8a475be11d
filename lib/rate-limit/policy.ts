import type { Env, RateSpec } from "@/lib/env";

/**
 * The one policy table: which category of limit applies to a request, by method and route.
 * Rules are tried in order; the first match wins.
 */
export type Category = "read" | "poll" | "write" | "export" | "bulk" | "register" | "password_reset";

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export const DEFAULT_LIMITS: Record<Category, Limit> = {
  read: { limit: 100, windowSeconds: 60 },
  // GET …/changes, polled every 5 s by each open project page (README "Perubahan bersamaan"):
  // one user with 50 pages open is 600 a minute, twice that leaves room for reconnect bursts.
  poll: { limit: 1200, windowSeconds: 60 },
  write: { limit: 20, windowSeconds: 60 },
  export: { limit: 10, windowSeconds: 60 },
  bulk: { limit: 5, windowSeconds: 300 },
  register: { limit: 10, windowSeconds: 60 },
  // Per address and route: asking for reset mail and confirming a new password are rare acts.
  password_reset: { limit: 10, windowSeconds: 900 },
};

/**
 * Failed logins (next-auth's credentials sign-in and the token exchange), counted by
 * lib/auth/login-limit.ts, not by category: per account, so rotating addresses does not help,
 * and per address, generous enough that an office behind one NAT signs in at 8 a.m.
 */
export type LoginScope = "account" | "ip";
export const DEFAULT_LOGIN_LIMITS: Record<LoginScope, Limit> = {
  account: { limit: 10, windowSeconds: 900 },
  ip: { limit: 100, windowSeconds: 60 },
};

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"];

interface Rule {
  methods?: string[];
  path: RegExp;
  category: Category | null;
}

const RULES: Rule[] = [
  { methods: ["POST"], path: /^\/api\/v1\/auth\/register$/, category: "register" },
  { methods: ["POST"], path: /^\/api\/v1\/auth\/password-reset(\/confirm)?$/, category: "password_reset" },
  // Sign-in and the token exchange count failures instead (lib/auth/login-limit.ts).
  { methods: ["POST"], path: /^\/api\/v1\/auth\/tokens$/, category: null },
  { path: /^\/api\/v1\/projects\/[^/]+\/exports\//, category: "export" },
  // The dashboard's list as XLSX, and a file of up to 500 new projects (README "Dasbor proyek").
  { methods: ["GET", "HEAD"], path: /^\/api\/v1\/projects\/export$/, category: "export" },
  { methods: ["POST"], path: /^\/api\/v1\/projects\/upload$/, category: "bulk" },
  // The dashboard's list as XLSX, and a file of up to 500 new projects (README "Dasbor proyek").
  { methods: ["GET", "HEAD"], path: /^\/api\/v1\/projects\/export$/, category: "export" },
  { methods: ["POST"], path: /^\/api\/v1\/projects\/upload$/, category: "bulk" },
  { methods: ["POST"], path: /^\/api\/v1\/projects\/[^/]+\/(copy|batch-copy)$/, category: "bulk" },
  { methods: ["POST"], path: /^\/api\/v1\/(.+\/)?imports?(\/.*)?$/, category: "bulk" },
  { methods: ["GET", "HEAD"], path: /^\/api\/v1\/projects\/[^/]+\/changes$/, category: "poll" },
  // A lookup that sends its kodes as a body: a read, counted as one.
  { methods: ["POST"], path: /^\/api\/v1\/ahsp\/resolve$/, category: "read" },
  { methods: ["GET", "HEAD", "OPTIONS"], path: /^\/api\/v1\//, category: "read" },
  { methods: WRITE_METHODS, path: /^\/api\/v1\//, category: "write" },
];

/** The category for a request, or null when the route is not rate limited by category. */
export function categorize(method: string, pathname: string): Category | null {
  const rule = RULES.find((r) => (!r.methods || r.methods.includes(method)) && r.path.test(pathname));
  return rule?.category ?? null;
}

/** Rate-limit settings as lib/env.ts parsed them (`RATE_LIMIT_WRITE=20/60`): already checked there. */
type LimitSettings = Partial<Pick<Env, `RATE_LIMIT_${Uppercase<Category | `login_${LoginScope}`>}`>>;

/** Limits from the parsed env, falling back to the defaults above. */
export function limitsFromEnv(env: LimitSettings): Record<Category, Limit> {
  const entries = (Object.keys(DEFAULT_LIMITS) as Category[]).map((category) => {
    const spec = env[`RATE_LIMIT_${toUpper(category)}`];
    return [category, spec ? toLimit(spec) : DEFAULT_LIMITS[category]] as const;
  });
  return Object.fromEntries(entries) as Record<Category, Limit>;
}

/** Failed-login limits from the parsed env (`RATE_LIMIT_LOGIN_ACCOUNT=10/900`, `RATE_LIMIT_LOGIN_IP=100/60`). */
export function loginLimitsFromEnv(env: LimitSettings): Record<LoginScope, Limit> {
  const account = env.RATE_LIMIT_LOGIN_ACCOUNT;
  const ip = env.RATE_LIMIT_LOGIN_IP;
  return {
    account: account ? toLimit(account) : DEFAULT_LOGIN_LIMITS.account,
    ip: ip ? toLimit(ip) : DEFAULT_LOGIN_LIMITS.ip,
  };
}

/**
 * Reset mails per address asked for (lib/auth/password-reset-limit.ts), on top of the per-client
 * category limit: nobody can fill one inbox, from however many addresses. Counted for unknown
 * emails too, so a refusal says nothing about which accounts exist.
 */
export const DEFAULT_RESET_EMAIL_LIMIT: Limit = { limit: 3, windowSeconds: 900 };

export function resetEmailLimitFromEnv(env: Pick<Env, "RATE_LIMIT_PASSWORD_RESET_EMAIL">): Limit {
  const spec = env.RATE_LIMIT_PASSWORD_RESET_EMAIL;
  return spec ? toLimit(spec) : DEFAULT_RESET_EMAIL_LIMIT;
}

/** Auth routes read their small bodies under this limit; larger or unsized bodies are refused first. */
export const MAX_AUTH_BODY_BYTES = 8_192;

/** POSTs to the auth routes (registration, token exchange, everything of next-auth's). */
export function isAuthPost(method: string, pathname: string): boolean {
  return method === "POST" && /^\/api\/(v1\/auth|auth)\//.test(pathname);
}

function toLimit({ requests, seconds }: RateSpec): Limit {
  return { limit: requests, windowSeconds: seconds };
}

function toUpper<T extends string>(name: T): Uppercase<T> {
  return name.toUpperCase() as Uppercase<T>;
}
