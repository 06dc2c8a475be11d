import { z } from "zod";

/**
 * The one place that reads configuration: ESLint refuses `process.env` elsewhere in app/, lib/,
 * components/, middleware.ts and instrumentation.ts. Parsed once, lazily, so that `next build`
 * (which imports route modules) never needs runtime secrets.
 */

/** `<count>/<seconds>`, both whole numbers of at least 1: `0/60` or `10/0` stop the start, not the first request. */
function countPerSeconds(example: string) {
  return z.string().regex(/^[1-9]\d*\/[1-9]\d*$/, `format <jumlah>/<detik>, keduanya minimal 1, mis. ${example}`);
}

function splitCountPerSeconds(spec: string): [number, number] {
  return spec.split("/").map(Number) as [number, number];
}

/** A rate limit such as `20/60`: 20 requests per 60 seconds. */
const rateLimitSpec = countPerSeconds("20/60")
  .transform((spec) => {
    const [requests, seconds] = splitCountPerSeconds(spec);
    return { requests, seconds };
  })
  .optional();

export type RateSpec = NonNullable<z.infer<typeof rateLimitSpec>>;

const nodeEnv = z.enum(["development", "production", "test"]).default("development");

const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");

const schema = z
  .object({
    NODE_ENV: nodeEnv,
    DATABASE_URL: z.string().url("DATABASE_URL harus berupa URL postgres://"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
    REDIS_URL: z.string().url().optional(),
    NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET minimal 32 karakter").optional(),
    SENTRY_DSN: z.string().url().optional(),
    // Unset: mail is written to the log instead of sent (lib/mail).
    SMTP_URL: z
      .string()
      .url()
      .refine((url) => /^smtps?:\/\//i.test(url), "SMTP_URL harus berupa URL smtp:// atau smtps://")
      .optional(),
    MAIL_FROM: z
      .string()
      .regex(/@/, "MAIL_FROM harus memuat alamat email, mis. RAB AHSP <no-reply@contoh.go.id>")
      .default("RAB AHSP <no-reply@localhost>"),
    LOG_LEVEL: logLevel,
    METRICS_TOKEN: z.string().min(16).optional(),
    RATE_LIMIT_STORE: z.enum(["redis", "memory"]).optional(),
    RATE_LIMIT_ENABLED: z.enum(["true", "false"]).default("true"),
    RATE_LIMIT_READ: rateLimitSpec,
    RATE_LIMIT_POLL: rateLimitSpec,
    RATE_LIMIT_WRITE: rateLimitSpec,
    RATE_LIMIT_EXPORT: rateLimitSpec,
    RATE_LIMIT_BULK: rateLimitSpec,
    RATE_LIMIT_REGISTER: rateLimitSpec,
    RATE_LIMIT_LOGIN_ACCOUNT: rateLimitSpec,
    RATE_LIMIT_LOGIN_IP: rateLimitSpec,
    RATE_LIMIT_PASSWORD_RESET: rateLimitSpec,
    RATE_LIMIT_PASSWORD_RESET_EMAIL: rateLimitSpec,
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    SECURITY_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
    MAX_JSON_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    // More worker deaths than <count> within <seconds> is a crash loop: the primary gives up.
    WORKER_CRASH_LIMIT: countPerSeconds("5/60")
      .default("5/60")
      .transform((spec) => {
        const [deaths, seconds] = splitCountPerSeconds(spec);
        return { deaths, seconds };
      }),
    // The test fixtures under app/api/v1/diagnostics answer only when this is true, and exist only
    // in a build made with RAB_TEST_ROUTES=1 (see buildEnv below).
    DIAGNOSTICS_ENABLED: z.enum(["true", "false"]).default("false"),
    // A tambah-kurang comparison flags a net increase above this percentage of the contract's D.
    ADDENDUM_THRESHOLD_PERCENT: z
      .string()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, "persen dengan titik desimal, mis. 10 atau 7.5")
      .default("10"),
    APP_VERSION: z.string().default(process.env.npm_package_version ?? "0.0.0"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "wajib di production" });
    }
    if (!env.REDIS_URL && env.RATE_LIMIT_STORE !== "memory") {
      ctx.addIssue({
        code: "custom",
        path: ["REDIS_URL"],
        message: "wajib di production (atau set RATE_LIMIT_STORE=memory secara eksplisit)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  override name = "EnvError";
}

type Source = Record<string, string | undefined>;

export function parseEnv(source: Source): Env {
  return parseWith(schema, source);
}

function parseWith<T extends z.ZodType>(target: T, source: Source): z.output<T> {
  const result = target.safeParse(stripEmpty(source));
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
  throw new EnvError(`Konfigurasi lingkungan tidak valid:\n${lines.join("\n")}`);
}

// Empty strings from shells and compose files mean "unset", not "invalid URL".
function stripEmpty(source: Source) {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Start-up check: print the readable list of problems and exit instead of serving broken. */
export function assertEnvOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * LOG_LEVEL alone, never throwing: the logger must work while it reports an invalid configuration,
 * so it cannot wait for env(). A bad value logs at "info" until the start-up check refuses it.
 */
export function logLevelOf(source: Source = process.env): z.output<typeof logLevel> {
  const result = logLevel.safeParse(source.LOG_LEVEL || undefined);
  return result.success ? result.data : "info";
}

/**
 * Whether this code runs from a production build. The exception to env(): Next replaces the literal
 * `process.env.NODE_ENV` at build time (also in middleware), and the answer needs no other setting.
 */
export function isProductionBuild(): boolean {
  return process.env.NODE_ENV === "production";
}

/**
 * What `next build` itself reads (next.config.ts), without the runtime secrets a build never has.
 * RAB_TEST_ROUTES=1 compiles the test fixtures' route files (route.test-route.ts) into the build:
 * only the test suite sets it (scripts/test.sh, tests/support/server.ts).
 */
const buildSchema = z.object({
  NODE_ENV: nodeEnv,
  NEXT_DIST_DIR: z.string().default(".next"),
  RAB_TEST_ROUTES: z
    .enum(["0", "1"])
    .default("0")
    .transform((flag) => flag === "1"),
});

export type BuildEnv = z.infer<typeof buildSchema>;

export function buildEnv(source: Source = process.env): BuildEnv {
  return parseWith(buildSchema, source);
}
