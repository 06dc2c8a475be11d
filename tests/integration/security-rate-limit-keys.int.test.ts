// Security suite, rate-limit keys: a limit counts the route the router serves, not the bytes the
// client chose. Percent-encoded ids (`%31a99…`), encoded dots in export names (`rekap-rab%2Ecsv`),
// upper-case UUIDs, encoded route segments, trailing and duplicate slashes all land in the same
// bucket, so each variant gets 429 once the limit is spent. (Before: each spelling had a fresh
// bucket of its own while the handler served the decoded id.)
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiClient } from "../support/api";
import { securityEvents } from "../support/security-events";
import { rabClient } from "../support/rab";
import { startServer, type RunningServer } from "../support/server";

const main = rabClient(inject("baseUrl"));
const LIMITS = { RATE_LIMIT_WRITE: "3/60", RATE_LIMIT_EXPORT: "2/60", RATE_LIMIT_BULK: "2/300" };

/** The first character of the id as a %-escape: the same project to the router, another string to a naive key. */
const encodedId = (id: string) => `%${id.charCodeAt(0).toString(16)}${id.slice(1)}`;

let server: RunningServer;
let api: ReturnType<typeof apiClient>;
let user: Awaited<ReturnType<typeof main.newUser>>;

// Every key names a fresh user of this run, so sharing the main server's Redis database is harmless.
beforeAll(async () => {
  server = await startServer(3146, { DATABASE_URL: inject("databaseUrl"), REDIS_URL: inject("redisUrl"), ...LIMITS });
  api = apiClient(server.url);
  user = await main.newUser("rl-keys");
});
afterAll(() => server?.stop());

async function statuses(requests: (() => Promise<{ status: number }>)[]): Promise<number[]> {
  const out: number[] = [];
  for (const request of requests) out.push((await request()).status);
  return out;
}

describe("rate-limit keys come from the canonical route", () => {
  it("write: an encoded or upper-case project id and slash variants share the pricing bucket", async () => {
    const id = await main.newProject(user.token);
    const patch = (path: string) => () => api.call(path, { method: "PATCH", json: {}, token: user.token });
    // Served by the pricing route (its own 400 for an empty change), three spellings, one bucket.
    expect(
      await statuses([
        patch(`/api/v1/projects/${encodedId(id)}/pricing`),
        patch(`/api/v1/projects/${id.toUpperCase()}/pricing`),
        patch(`/api/v1/projects/${id}/pricing`),
      ]),
    ).toEqual([400, 400, 400]);
    expect(
      await statuses([
        patch(`/api/v1/projects/${id}/pricing`),
        patch(`/api/v1/projects/${encodedId(id)}/pricing`),
        patch(`/api/v1/projects/${id}/pricing/`),
        patch(`/api/v1//projects//${id}/pricing`),
        patch(`/api/v1/projects/${id}/pric%69ng`),
      ]),
    ).toEqual([429, 429, 429, 429, 429]);
  });

  it("export: rekap-rab%2Ecsv is rekap-rab.csv", async () => {
    const id = await main.newProject(user.token);
    const get =
      (file: string, project = id) =>
      () =>
        api.call(`/api/v1/projects/${project}/exports/${file}`, { token: user.token });
    expect(await statuses([get("rekap-rab%2Ecsv"), get("rekap-rab.csv", encodedId(id))])).toEqual([200, 200]);
    expect(await statuses([get("rekap-rab.csv"), get("rekap-rab%2ecsv"), get("%72ekap-rab.csv")])).toEqual([429, 429, 429]);
  });

  it("bulk: copies through an encoded id or an encoded `copy` share the bulk bucket", async () => {
    const id = await main.newProject(user.token);
    const copy = (path: string) => () => api.call(path, { json: { name: "Salinan" }, token: user.token });
    expect(await statuses([copy(`/api/v1/projects/${encodedId(id)}/copy`), copy(`/api/v1/projects/${id}/copy`)])).toEqual([201, 201]);
    expect(await statuses([copy(`/api/v1/projects/${id}/cop%79`), copy(`/api/v1/projects/${encodedId(id)}/copy`)])).toEqual([429, 429]);
  });

  it("records the refusals once per user, category and minute", async () => {
    const rows = await securityEvents(inject("databaseUrl"), `kind = 'rate_limit' AND "userId" = $1`, [user.id], 3);
    // 5 + 3 + 2 refusals above; at most one more row per category if the run crossed a minute.
    const perCategory: Record<string, number> = {};
    for (const row of rows) perCategory[row.detail.category] = (perCategory[row.detail.category] ?? 0) + 1;
    expect(Object.keys(perCategory).sort()).toEqual(["bulk", "export", "write"]);
    for (const n of Object.values(perCategory)) expect(n).toBeLessThanOrEqual(2);
    expect(rows[0]).toMatchObject({ result: "denied", ip: expect.any(String), detail: { identity: `u:${user.id}` } });
  });

  it("a malformed %-escape is a 400 envelope, never a crash", async () => {
    for (const path of ["/api/v1/projects/%", "/api/v1/projects/%E0%A4%A/pricing", "/api/v1/m%zz"]) {
      const res = await api.call(path, { token: user.token });
      expect([res.status, res.body?.error?.code]).toEqual([400, "VALIDATION_ERROR"]);
      expect(res.body.error.details.fields[0].path).toBe("url");
    }
  });
});
