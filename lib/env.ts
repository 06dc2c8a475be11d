import { z } from "zod";

/**
 * The one place that reads configuration. Parsed once, lazily, so that `next build`
 * (which imports route modules) never needs runtime secrets.
 */
const rateLimitSpec = z
  .string()
  .regex(/^\d+\/\d+$/, "format <jumlah>/<detik>, mis. 20/60")
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url("DATABASE_URL harus berupa URL postgres://"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
    REDIS_URL: z.string().url().optional(),
    NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET minimal 32 karakter").optional(),
    SENTRY_DSN: z.string().url().optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    METRICS_TOKEN: z.string().min(16).optional(),
    RATE_LIMIT_STORE: z.enum(["redis", "memory"]).optional(),
    RATE_LIMIT_ENABLED: z.enum(["true", "false"]).default("true"),
    RATE_LIMIT_READ: rateLimitSpec,
    RATE_LIMIT_WRITE: rateLimitSpec,
    RATE_LIMIT_EXPORT: rateLimitSpec,
    RATE_LIMIT_BULK: rateLimitSpec,
    RATE_LIMIT_REGISTER: rateLimitSpec,
    RATE_LIMIT_LOGIN_ACCOUNT: rateLimitSpec,
    RATE_LIMIT_LOGIN_IP: rateLimitSpec,
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    SECURITY_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
    MAX_JSON_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    // More worker deaths than <count> within <seconds> is a crash loop: the primary gives up.
    WORKER_CRASH_LIMIT: z
      .string()
      .regex(/^[1-9]\d*\/[1-9]\d*$/, "format <jumlah>/<detik>, mis. 5/60")
      .default("5/60")
      .transform((spec) => {
        const [deaths, seconds] = spec.split("/").map(Number) as [number, number];
        return { deaths, seconds };
      }),
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

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(stripEmpty(source));
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
  throw new EnvError(`Konfigurasi lingkungan tidak valid:\n${lines.join("\n")}`);
}

// Empty strings from shells and compose files mean "unset", not "invalid URL".
function stripEmpty(source: Record<string, string | undefined>) {
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
