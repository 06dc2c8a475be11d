/**
 * The one policy table: which category of limit applies to a request, by method and route.
 * Rules are tried in order; the first match wins.
 */
export type Category = "read" | "write" | "export" | "bulk" | "auth";

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export const DEFAULT_LIMITS: Record<Category, Limit> = {
  read: { limit: 100, windowSeconds: 60 },
  write: { limit: 20, windowSeconds: 60 },
  export: { limit: 10, windowSeconds: 60 },
  bulk: { limit: 5, windowSeconds: 300 },
  auth: { limit: 10, windowSeconds: 60 },
};

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"];

interface Rule {
  methods?: string[];
  path: RegExp;
  category: Category;
}

const RULES: Rule[] = [
  { methods: ["POST"], path: /^\/api\/v1\/auth\/(register|tokens)$/, category: "auth" },
  { methods: ["POST"], path: /^\/api\/auth\/callback\/credentials$/, category: "auth" },
  { path: /^\/api\/v1\/projects\/[^/]+\/exports\//, category: "export" },
  { methods: ["POST"], path: /^\/api\/v1\/projects\/[^/]+\/(copy|batch-copy)$/, category: "bulk" },
  { methods: ["POST"], path: /^\/api\/v1\/(.+\/)?imports?(\/.*)?$/, category: "bulk" },
  { methods: ["GET", "HEAD", "OPTIONS"], path: /^\/api\/v1\//, category: "read" },
  { methods: WRITE_METHODS, path: /^\/api\/v1\//, category: "write" },
];

/** The category for a request, or null when the route is not rate limited. */
export function categorize(method: string, pathname: string): Category | null {
  const rule = RULES.find((r) => (!r.methods || r.methods.includes(method)) && r.path.test(pathname));
  return rule?.category ?? null;
}

/** Limits from env (`RATE_LIMIT_WRITE=20/60`), falling back to the defaults above. */
export function limitsFromEnv(env: Record<string, string | undefined>): Record<Category, Limit> {
  const entries = (Object.keys(DEFAULT_LIMITS) as Category[]).map((category) => {
    const spec = env[`RATE_LIMIT_${category.toUpperCase()}`];
    return [category, spec ? parseLimit(spec, category) : DEFAULT_LIMITS[category]] as const;
  });
  return Object.fromEntries(entries) as Record<Category, Limit>;
}

function parseLimit(spec: string, category: Category): Limit {
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const limit = Number(match?.[1]);
  const windowSeconds = Number(match?.[2]);
  if (!match || limit < 1 || windowSeconds < 1) {
    throw new Error(`RATE_LIMIT_${category.toUpperCase()} harus berformat <jumlah>/<detik>, mis. 20/60 (diberikan: ${spec})`);
  }
  return { limit, windowSeconds };
}
