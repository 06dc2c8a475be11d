// Never lose an edit (issue 16, README "Perubahan bersamaan"): every route of a project, from the
// route files, answers `ETag: "<changeVersion>"`, and a write with a stale `If-Match` answers 412
// PRECONDITION_FAILED and writes nothing. The check and the write are one atomic step: of 20
// parallel writes that saw the same version exactly one goes through, on every kind of write.
// Without If-Match nothing changes (last write wins). The counts of the parallel writes go to
// test-results/if-match-concurrency.md for the closing note.
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { etagOf } from "@/lib/kernel/change-version";
import type { ApiResponse } from "../support/api";
import type { DeclaredRoute } from "../support/api-routes";
import { HARGA_IMPORT, LEAVES_PROJECT, type Payload, projectRoutes, projectWrites } from "../support/project-writes";
import { rabClient } from "../support/rab";
import { projectSnapshot, type SampleIds, sampleIds } from "../support/security";

const databaseUrl = inject("databaseUrl");
const rab = rabClient(inject("baseUrl"));
const { call, newUser } = rab;
const { versionOf, hargaApply, prepare, send: sendAs } = projectWrites(rab, databaseUrl);

const PARALLEL = 20;

const routes = projectRoutes();
const reads = routes.filter((r) => r.method === "GET");
const writes = routes.filter((r) => r.method !== "GET");

type User = Awaited<ReturnType<typeof newUser>>;
let owner: User;

beforeAll(async () => {
  owner = await newUser("if-match");
});

function etag(res: ApiResponse): string | null {
  return res.headers.get("etag");
}

/** Sends route `r` as its owner would. */
function send(r: DeclaredRoute, ids: SampleIds, headers: Record<string, string>, payload?: Payload) {
  return sendAs(r, owner, ids, headers, payload);
}

describe("ETag", () => {
  let ids: SampleIds;
  beforeAll(async () => {
    ids = await sampleIds(rab, owner);
  });

  it.each(reads.map((r) => [r.key, r] as const))("%s answers the project's changeVersion", async (_key, r) => {
    const res = await send(r, ids, {});
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(etag(res)).toBe(etagOf(await versionOf(ids.projectId)));
  });

  it("moves with a write, whose answer names the new version, so a client can chain writes", async () => {
    const base = `/api/v1/projects/${ids.projectId}`;
    const read = await call(base, { token: owner.token });
    const first = await call(`${base}/pricing`, { method: "PATCH", token: owner.token, json: { ppnPercent: "12" } });
    expect(first.status).toBe(200);
    expect(etag(first)).not.toBe(etag(read));
    expect(etag(first)).toBe(etagOf(await versionOf(ids.projectId)));
    const chained = await call(`${base}/pricing`, {
      method: "PATCH",
      token: owner.token,
      json: { ppnPercent: "11" },
      headers: { "if-match": etag(first)! },
    });
    expect(chained.status, JSON.stringify(chained.body)).toBe(200);
    expect(etag(await call(base, { token: owner.token }))).toBe(etag(chained));
  });
});

describe("a stale or malformed If-Match", () => {
  let ids: SampleIds;
  beforeAll(async () => {
    ids = await sampleIds(rab, owner);
  });

  it("refuses every write with 412 PRECONDITION_FAILED naming the current version, and nothing is written", async () => {
    const before = await projectSnapshot(rab, owner.token, ids.projectId);
    const current = await versionOf(ids.projectId);
    const form = await hargaApply(owner, ids);
    for (const r of writes) {
      const res = await send(r, ids, { "if-match": etagOf(current - 1) }, r.key === HARGA_IMPORT ? { form } : {});
      const said = `${r.key} → ${res.status} ${JSON.stringify(res.body)}`;
      expect(res.status, said).toBe(412);
      expect(res.body.error, said).toMatchObject({ code: "PRECONDITION_FAILED", details: { currentVersion: current } });
    }
    expect(await versionOf(ids.projectId)).toBe(current);
    expect(await projectSnapshot(rab, owner.token, ids.projectId)).toEqual(before);
  });

  it.each(['W/"3"', "3", '"3", "4"', '"abc"'])("%s is a 400 on If-Match and writes nothing", async (header) => {
    const current = await versionOf(ids.projectId);
    const res = await call(`/api/v1/projects/${ids.projectId}/pricing`, {
      method: "PATCH",
      token: owner.token,
      json: { ppnPercent: "10" },
      headers: { "if-match": header },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: "If-Match", message: expect.stringContaining("ETag") }]);
    expect(await versionOf(ids.projectId)).toBe(current);
  });

  it("If-Match: * asks for no check", async () => {
    const res = await call(`/api/v1/projects/${ids.projectId}/parameters`, {
      token: owner.token,
      json: { name: "bintang", value: "1" },
      headers: { "if-match": "*" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});

/** The closing note's table: per write route, the statuses of the parallel writes. */
const counts: string[] = [];

afterAll(() => {
  mkdirSync("test-results", { recursive: true });
  const header = [`| route | ${PARALLEL} parallel writes with the same If-Match |`, "|---|---|"];
  writeFileSync("test-results/if-match-concurrency.md", [...header, ...counts.sort()].join("\n") + "\n");
});

function tally(statuses: number[]): string {
  const byStatus = new Map<number, number>();
  for (const s of statuses) byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
  return [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${n} × ${s}`)
    .join(", ");
}

describe(`${PARALLEL} parallel writes with the same If-Match`, () => {
  it.each(writes.map((r) => [r.key, r] as const))("%s", async (_key, r) => {
    const { ids, payload } = await prepare(r, owner);
    const seen = await versionOf(ids.projectId);
    const answers = await Promise.all(Array.from({ length: PARALLEL }, () => send(r, ids, { "if-match": etagOf(seen) }, payload)));
    const statuses = answers.map((a) => a.status);
    counts.push(`| ${r.key} | ${tally(statuses)} |`);
    const passed = answers.filter((a) => a.status < 300);

    if (r.key in LEAVES_PROJECT) {
      // Nothing moved the version, so every one of them still met its precondition.
      expect(statuses, JSON.stringify(answers.find((a) => a.status >= 300)?.body)).toEqual(statuses.map(() => passed[0]?.status));
      expect(await versionOf(ids.projectId)).toBe(seen);
      const stale = await send(r, ids, { "if-match": etagOf(seen - 1) }, payload);
      expect([stale.status, stale.body.error?.code]).toEqual([412, "PRECONDITION_FAILED"]);
      return;
    }

    expect(passed, tally(statuses)).toHaveLength(1);
    const committed = await versionOf(ids.projectId);
    // The refused wrote nothing: the version is the one the single success answered with.
    expect(etag(passed[0]!)).toBe(etagOf(committed));
    expect(committed).toBeGreaterThan(seen);
    const refused = answers.filter((a) => a.status >= 300);
    for (const res of refused.filter((a) => a.status === 412)) {
      expect(res.body.error).toMatchObject({ code: "PRECONDITION_FAILED", details: { currentVersion: committed } });
    }
    // RFC 9110 §13.2.1: a precondition is not evaluated when the request fails anyway. Where the
    // winner took away what the others needed (archived the project, handed it over), they get
    // what the same request without If-Match gets now.
    const other = refused.filter((a) => a.status !== 412);
    if (other.length > 0) {
      const plain = await send(r, ids, {}, payload);
      expect(plain.status).toBeGreaterThanOrEqual(400);
      for (const res of other) expect([res.status, res.body.error?.code]).toEqual([plain.status, plain.body.error?.code]);
    }
  });
});

describe("without If-Match", () => {
  it(`keeps last-write-wins: ${PARALLEL} parallel volume saves all succeed, each moving the version`, async () => {
    const ids = await sampleIds(rab, owner);
    const seen = await versionOf(ids.projectId);
    const url = `/api/v1/projects/${ids.projectId}/pekerjaan/${ids.pekerjaanId}/volume`;
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => call(url, { method: "PUT", token: owner.token, json: { value: String(i + 1) } })),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const versions = new Set(answers.map((a) => etag(a)));
    expect(versions.size).toBe(PARALLEL);
    expect(await versionOf(ids.projectId)).toBeGreaterThanOrEqual(seen + PARALLEL);
    // X-Version-Before names where each write started under the lock: the writes line up one after
    // another, each starting where the one before ended, so each request's own versions are known.
    const ranges = answers
      .map((a) => [a.headers.get("x-version-before"), etag(a)].map((tag) => Number(JSON.parse(tag!))))
      .sort((x, y) => x[0]! - y[0]!);
    expect(ranges[0]![0]).toBe(seen);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    expect(ranges.at(-1)![1]).toBe(await versionOf(ids.projectId));
  });
});
