// Security suite, fuzz: for each write route that reads a JSON body (WRITE_BODIES in
// tests/support/security.ts, checked against the route files), 200 malformed bodies from a
// seeded fast-check generator. Each body is the route's valid sample with random damage
// (wrong types, missing fields, nulls, huge and negative numbers, "NaN"/"Infinity" strings,
// deep nesting, prototype keys) plus one defect no schema accepts, so every body must be
// refused. Every answer is a 4xx in the envelope, never a 5xx, and nothing changes.
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { declaredApiRoutes, missingRows, WRITE_METHODS } from "../support/api-routes";
import { query } from "../support/database";
import { rabClient } from "../support/rab";
import { expectSafeError, pathFor, projectSnapshot, type SampleIds, sampleIds, WRITE_BODIES } from "../support/security";

const SEED = 20_261_126;
const RUNS = 200;
const CONCURRENCY = 8;

const rab = rabClient(inject("baseUrl"));
const { call, newUser, ok } = rab;

// ---------------------------------------------------------------- the generator

type Key = string | number;
type Body = { json: unknown } | { text: string };

const NASTY_SCALARS = [
  null,
  true,
  false,
  0,
  -1,
  -0.000001,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  0.1 + 0.2,
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1",
  "-0.000001",
  "0x1F",
  "1,5",
  "1.2.3",
  " 12 ",
  "",
  " ",
  "null",
  "undefined",
  "true",
  "__proto__",
  "constructor",
  "\u202Egnp.exe",
  "😀",
  "<script>",
  "' OR 1=1 --",
  "2026-02-30",
  "00000000-0000-0000-0000-000000000000",
];
const FOREIGN_KEYS = ["__proto__", "constructor", "prototype", "__defineGetter__", "$where", "toString", "", " ", "isAdmin"];

// Nesting stays within ~1,200 levels (1,000 here, 200 more in alienValue): JSON.stringify
// recurses on this test's own stack, and ~2,500 levels overflowed it now and then in CI.
// Either depth is still far beyond any body schema's.
const MAX_NESTING = 1000;

function deep(depth: number, leaf: unknown, asObject: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_SCALARS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(10_000), "9".repeat(400), `0.${"0".repeat(300)}1`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: MAX_NESTING }), fc.boolean()).map(([d, o]) => deep(d, 1, o)) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 3 }) },
);

/** A value no field of any body schema accepts: an object with a foreign key, or an array of arrays. */
const alienValue = fc.oneof(
  fc.tuple(fc.constantFrom(...FOREIGN_KEYS), nasty).map(([key, value]) => withKey({}, key, value)),
  fc.tuple(fc.integer({ min: 1, max: 200 }), nasty).map(([d, leaf]) => [deep(d, leaf, false)]),
);

type Damage = { op: "set" | "delete"; pick: number; value: unknown };
type Defect =
  | { kind: "foreignKey"; key: string; value: unknown }
  | { kind: "notAnObject"; value: unknown }
  | { kind: "alienField"; pick: number; value: unknown }
  | { kind: "truncated"; cut: number };

const damage: fc.Arbitrary<Damage> = fc.record({
  op: fc.constantFrom<"set" | "delete">("set", "set", "delete"),
  pick: fc.nat(),
  value: nasty,
});
const defect: fc.Arbitrary<Defect> = fc.oneof(
  // Not undefined: JSON.stringify drops such a key, and the body would be the valid sample.
  fc.record({
    kind: fc.constant("foreignKey" as const),
    key: fc.constantFrom(...FOREIGN_KEYS),
    value: nasty.filter((v) => v !== undefined),
  }),
  fc.record({
    kind: fc.constant("notAnObject" as const),
    value: fc.oneof(fc.constantFrom(null, 0, -1, "x", "", true, []), fc.array(nasty, { minLength: 1, maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant("alienField" as const), pick: fc.nat(), value: alienValue }),
  fc.record({ kind: fc.constant("truncated" as const), cut: fc.nat() }),
);
const malformed = fc.record({ damage: fc.array(damage, { maxLength: 4 }), defect });

/** Sets a key as an own property, so that "__proto__" stays a key of the JSON. */
function withKey<T extends object>(target: T, key: Key, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Paths to the values inside `root`, e.g. ["lines", 0, "koefisien"], down to the samples' depth. */
function pathsOf(root: unknown, prefix: Key[] = []): Key[][] {
  if (typeof root !== "object" || root === null || prefix.length >= 4) return [];
  return Object.entries(root).flatMap(([k, v]) => {
    const path = [...prefix, Array.isArray(root) ? Number(k) : k];
    return [path, ...pathsOf(v, path)];
  });
}

function parentOf(root: unknown, path: Key[]): Record<Key, unknown> | null {
  let node = root;
  for (const key of path.slice(0, -1)) node = typeof node === "object" && node !== null ? (node as Record<Key, unknown>)[key] : undefined;
  return typeof node === "object" && node !== null ? (node as Record<Key, unknown>) : null;
}

function applyAt(root: unknown, paths: Key[][], pick: number, change: (parent: Record<Key, unknown>, key: Key) => void): void {
  const path = paths[pick % Math.max(paths.length, 1)];
  const parent = path && parentOf(root, path);
  if (path && parent) change(parent, path[path.length - 1]!);
}

function build(sample: Record<string, unknown>, { damage, defect }: { damage: Damage[]; defect: Defect }): Body {
  const body = structuredClone(sample) as Record<string, unknown>;
  for (const d of damage) {
    applyAt(body, pathsOf(body), d.pick, (parent, key) => (d.op === "delete" ? delete parent[key] : withKey(parent, key, d.value)));
  }
  switch (defect.kind) {
    case "foreignKey":
      return { json: withKey(body, defect.key, defect.value) };
    case "notAnObject":
      return { json: defect.value };
    case "alienField": {
      const topLevel = Object.keys(body).map((k) => [k]);
      if (topLevel.length === 0) return { json: withKey(body, "__proto__", defect.value) };
      applyAt(body, topLevel, defect.pick, (parent, key) => withKey(parent, key, defect.value));
      return { json: body };
    }
    case "truncated": {
      // A strict prefix of a JSON object's text is never valid JSON.
      const text = JSON.stringify(body);
      return { text: text.slice(0, defect.cut % text.length) };
    }
  }
}

// ---------------------------------------------------------------- the run

const routes = declaredApiRoutes()
  .filter((r) => WRITE_METHODS.includes(r.method))
  .flatMap((r) => {
    const sample = WRITE_BODIES[r.key];
    return typeof sample === "function" ? [{ ...r, sample }] : [];
  });

let user: Awaited<ReturnType<typeof newUser>>;
let ids: SampleIds;

/** What no refused request may change: the rich project, the account's lists, global row counts. */
async function state() {
  const [project, active, archived, tokens, templates, counts] = await Promise.all([
    projectSnapshot(rab, user.token, ids.projectId),
    ok(user.token, "/api/v1/projects?pageSize=100"),
    ok(user.token, "/api/v1/projects?pageSize=100&archived=true"),
    // Tokens by id and name: lastUsedAt moves with every request, by design.
    ok(user.token, "/api/v1/me/tokens").then((list: { id: string; name: string }[]) => list.map((t) => [t.id, t.name])),
    ok(user.token, "/api/v1/templates"),
    query(
      inject("databaseUrl"),
      `SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "ApiToken") AS tokens, (SELECT count(*) FROM "Project") AS projects`,
    ),
  ]);
  return { project, active, archived, tokens, templates, counts };
}

async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

beforeAll(async () => {
  user = await newUser("fuzz");
  ids = await sampleIds(rab, user);
});

describe("fuzzing every JSON write route", () => {
  let before: Awaited<ReturnType<typeof state>>;
  beforeAll(async () => {
    before = await state();
  });

  it("has a body sample (or a reason for none) for every write route", () => {
    const missing = missingRows(
      declaredApiRoutes().filter((r) => WRITE_METHODS.includes(r.method)),
      WRITE_BODIES,
    );
    expect(missing, `add a body sample to WRITE_BODIES in tests/support/security.ts for: ${missing.join(", ")}`).toEqual([]);
  });

  it.each(routes.map((r, n) => [r.key, r, n] as const))("%s refuses 200 malformed bodies with a 4xx envelope", async (_key, r, n) => {
    const cases = fc.sample(malformed, { seed: SEED + n, numRuns: RUNS });
    const sample = r.sample(ids);
    const bodies = cases.map((c) => build(sample, c));
    const answers = await inBatches(bodies, CONCURRENCY, (body) =>
      call(pathFor(r.pattern, ids), {
        method: r.method,
        token: user.token,
        ...("json" in body ? { body: JSON.stringify(body.json) ?? "null" } : { body: body.text }),
        headers: { "content-type": "application/json" },
      }),
    );
    for (const [i, res] of answers.entries()) {
      const shown = JSON.stringify(bodies[i]).slice(0, 300);
      expect([400, 413], `${r.key} answered ${res.status} to ${shown}: ${JSON.stringify(res.body).slice(0, 300)}`).toContain(res.status);
      expectSafeError(res);
    }
  });

  it("changed nothing", async () => {
    expect(await state()).toEqual(before);
  });
});

describe("the body samples", () => {
  it("the samples themselves are valid bodies (else the fuzz proves nothing)", async () => {
    // Applied to a scratch project of another user, after the fuzz: they do write.
    const scratchUser = await newUser("fuzz-sample");
    const scratch = await sampleIds(rab, scratchUser);
    const refused: string[] = [];
    for (const r of routes) {
      const res = await call(pathFor(r.pattern, scratch), { method: r.method, token: scratchUser.token, json: r.sample(scratch) });
      if (res.status >= 300) refused.push(`${r.key} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    }
    expect(refused).toEqual([]);
  });
});
