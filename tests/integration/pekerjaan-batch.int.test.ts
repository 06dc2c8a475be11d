// Building the tree quickly (issue 18): many library items in one request (POST …/pekerjaan/batch),
// the CUST-nnn kode of a custom pekerjaan typed without one, and kode lists resolved to library
// items (POST /api/v1/ahsp/resolve). Each test seeds the library items it uses in an edition of
// its own, so nothing here depends on which library the server was given.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_LIMITS } from "@/lib/projects/limits";
import { query } from "../support/database";
import { seedLargeProject } from "../support/large-project";
import { type AhspSeedItem, rabClient, seedAhspEdition } from "../support/rab";
import { countStatements } from "../support/statements";

const databaseUrl = inject("databaseUrl");
const { call, ok, newUser, newProject, newSection } = rabClient(inject("baseUrl"));

type User = Awaited<ReturnType<typeof newUser>>;

/** `n` items `<prefix>.1` … with three lines each: a shared TK, a BHN of their own and a shared ALT. */
function libraryItems(prefix: string, n: number): AhspSeedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    kode: `${prefix}.${i + 1}`,
    uraian: `Pekerjaan uji ${prefix} ${i + 1}`,
    satuan: "m3",
    lines: [
      { kategori: "TK", kodeItem: "L.01", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "0.75" },
      { kategori: "BHN", kodeItem: `${prefix}-B.${i + 1}`, uraianItem: `Bahan ${i + 1}`, satuanItem: "kg", koefisien: `${i + 1}.125` },
      { kategori: "ALT", kodeItem: "E.01", uraianItem: "Molen", satuanItem: "jam", koefisien: "0.25" },
    ],
  }));
}

const PREFIX = `ZB${randomUUID().slice(0, 6)}`;
let ahspIds: string[];
let owner: User;

beforeAll(async () => {
  ahspIds = await seedAhspEdition(databaseUrl, `Uji batch ${PREFIX}`, libraryItems(PREFIX, 201));
  owner = await newUser("batch");
});

async function freshSub(user: User = owner) {
  const projectId = await newProject(user.token);
  const { subKlasifikasiId } = await newSection(user.token, projectId);
  return { projectId, subKlasifikasiId, url: `/api/v1/projects/${projectId}/pekerjaan/batch` };
}

const items = (ids: readonly string[], source: "ref" | "ref_modified" = "ref") => ids.map((ahspId) => ({ ahspId, source }));

async function subPekerjaan(token: string, projectId: string, subKlasifikasiId: string) {
  const tree = await ok(token, `/api/v1/projects/${projectId}/tree`);
  const subs = tree.klasifikasi.flatMap((k: { subKlasifikasi: unknown[] }) => k.subKlasifikasi);
  return subs.find((s: { id: string }) => s.id === subKlasifikasiId).pekerjaan as { id: string; kode: string; source: string }[];
}

/** What a refused request must leave as it was. */
async function state(projectId: string) {
  const [row] = await query<{ v: string; pekerjaan: number; lines: number; harga: number; audit: number }>(
    databaseUrl,
    `SELECT p."changeVersion"::text AS v,
            (SELECT count(*) FROM "Pekerjaan" WHERE "projectId" = p.id)::int AS pekerjaan,
            (SELECT count(*) FROM "PekerjaanLine" WHERE "projectId" = p.id)::int AS lines,
            (SELECT count(*) FROM "HargaItem" WHERE "projectId" = p.id)::int AS harga,
            (SELECT count(*) FROM "AuditEntry" WHERE "projectId" = p.id)::int AS audit
       FROM "Project" p WHERE p.id = $1`,
    [projectId],
  );
  return row!;
}

describe("POST …/pekerjaan/batch", () => {
  it("answers 201 with the new ids in the order given, appended after the sub-klasifikasi's pekerjaan", async () => {
    const { projectId, subKlasifikasiId, url } = await freshSub();
    const first = await ok(
      owner.token,
      `/api/v1/projects/${projectId}/pekerjaan`,
      { json: { subKlasifikasiId, source: "ref", ahspId: ahspIds[9] } },
      201,
    );
    const picked = [ahspIds[2]!, ahspIds[0]!, ahspIds[2]!];
    const body = { subKlasifikasiId, items: [...items(picked.slice(0, 2)), { ahspId: picked[2], source: "ref_modified" }] };
    const res = await call(url, { token: owner.token, json: body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { ids } = res.body.data;
    expect(ids).toHaveLength(3);
    const listed = await subPekerjaan(owner.token, projectId, subKlasifikasiId);
    expect(listed.map((p) => p.id)).toEqual([first.id, ...ids]);
    expect(listed.map((p) => [p.kode, p.source])).toEqual([
      [`${PREFIX}.10`, "ref"],
      [`${PREFIX}.3`, "ref"],
      [`${PREFIX}.1`, "ref"],
      [`${PREFIX}.3`, "ref_modified"],
    ]);
    // Each is the single create's pekerjaan: the library's lines, linked to the price list by kode.
    const detail = await ok(owner.token, `/api/v1/projects/${projectId}/pekerjaan/${ids[0]}`);
    expect(detail).toMatchObject({ kode: `${PREFIX}.3`, satuan: "m3", ahspItemId: ahspIds[2], ahspEdition: `Uji batch ${PREFIX}` });
    expect(detail.lines.map((l: { kode: string; koefisien: string }) => [l.kode, l.koefisien])).toEqual([
      ["L.01", "0.750000"],
      [`${PREFIX}-B.3`, "3.125000"],
      ["E.01", "0.250000"],
    ]);
    const harga = await ok(owner.token, `/api/v1/projects/${projectId}/harga-items`);
    expect(harga.map((h: { kode: string }) => h.kode).sort()).toEqual(
      ["E.01", "L.01", `${PREFIX}-B.1`, `${PREFIX}-B.10`, `${PREFIX}-B.3`].sort(),
    );
  });

  it("writes exactly one audit entry, listing every pekerjaan added", async () => {
    const { projectId, subKlasifikasiId, url } = await freshSub();
    const before = await state(projectId);
    await ok(owner.token, url, { json: { subKlasifikasiId, items: items(ahspIds.slice(0, 5)) } }, 201);
    const entries = await query<{
      entity: string;
      action: string;
      userId: string;
      after: { pekerjaanCount: number; pekerjaan: unknown[] };
    }>(
      databaseUrl,
      `SELECT entity, action, "userId"::text AS "userId", after FROM "AuditEntry" WHERE "projectId" = $1 AND "changeVersion" > $2`,
      [projectId, before.v],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: "pekerjaan", action: "create", userId: owner.id, after: { pekerjaanCount: 5 } });
    expect(entries[0]!.after.pekerjaan[4]).toMatchObject({ kode: `${PREFIX}.5`, source: "ref", lineCount: 3 });
  });

  it("takes 200 items; 201 is a 400 on `items` and writes nothing", async () => {
    const { projectId, subKlasifikasiId, url } = await freshSub();
    const before = await state(projectId);
    const over = await call(url, { token: owner.token, json: { subKlasifikasiId, items: items(ahspIds) } });
    expect(over.status).toBe(400);
    expect(over.body.error.details.fields).toEqual([{ path: "items", message: "Maksimal 200 item sekaligus." }]);
    expect(await state(projectId)).toEqual(before);
    const res = await call(url, { token: owner.token, json: { subKlasifikasiId, items: items(ahspIds.slice(0, 200)) } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data.ids).toHaveLength(200);
    const after = await state(projectId);
    expect([after.pekerjaan, after.lines, after.audit - before.audit]).toEqual([200, 600, 1]);
  });

  it("an unknown ahspId is a 404 naming its index, and nothing is written", async () => {
    const { projectId, subKlasifikasiId, url } = await freshSub();
    const before = await state(projectId);
    const body = {
      subKlasifikasiId,
      items: [...items(ahspIds.slice(0, 3)), { ahspId: randomUUID(), source: "ref" }, ...items(ahspIds.slice(3, 5))],
    };
    const res = await call(url, { token: owner.token, json: body });
    expect(res.status).toBe(404);
    expect(res.body.error.details.fields).toEqual([{ path: "items.3.ahspId", message: "Item AHSP tidak ditemukan." }]);
    const two = await call(url, {
      token: owner.token,
      json: {
        subKlasifikasiId,
        items: [{ ahspId: randomUUID(), source: "ref" }, ...items(ahspIds.slice(0, 1)), { ahspId: randomUUID(), source: "ref" }],
      },
    });
    expect(two.status).toBe(404);
    expect(two.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["items.0.ahspId", "items.2.ahspId"]);
    expect(await state(projectId)).toEqual(before);
  });

  it("a sub-klasifikasi of another project is a 404 on subKlasifikasiId", async () => {
    const mine = await freshSub();
    const other = await freshSub(await newUser("batch-lain"));
    const res = await call(mine.url, {
      token: owner.token,
      json: { subKlasifikasiId: other.subKlasifikasiId, items: items(ahspIds.slice(0, 1)) },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.details.fields[0].path).toBe("subKlasifikasiId");
  });

  it("a viewer is refused with 403", async () => {
    const { projectId, subKlasifikasiId, url } = await freshSub();
    const viewer = await newUser("batch-peninjau");
    await ok(owner.token, `/api/v1/projects/${projectId}/members`, { json: { email: viewer.email, role: "viewer" } }, 201);
    const before = await state(projectId);
    const res = await call(url, { token: viewer.token, json: { subKlasifikasiId, items: items(ahspIds.slice(0, 2)) } });
    expect(res.status).toBe(403);
    expect(await state(projectId)).toEqual(before);
  });

  it("a stale If-Match is a 412 and writes nothing; the current one goes through", async () => {
    const { projectId, subKlasifikasiId, url } = await freshSub();
    const read = await call(`/api/v1/projects/${projectId}`, { token: owner.token });
    const seen = read.headers.get("etag")!;
    await ok(owner.token, `/api/v1/projects/${projectId}/pricing`, { method: "PATCH", json: { ppnPercent: "12" } });
    const before = await state(projectId);
    const body = { subKlasifikasiId, items: items(ahspIds.slice(0, 2)) };
    const stale = await call(url, { token: owner.token, json: body, headers: { "if-match": seen } });
    expect(stale.status).toBe(412);
    expect(await state(projectId)).toEqual(before);
    const current = (await call(`/api/v1/projects/${projectId}`, { token: owner.token })).headers.get("etag")!;
    const res = await call(url, { token: owner.token, json: body, headers: { "if-match": current } });
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).not.toBe(current);
  });

  it("stays within the project's size ceiling: past it a 409 that writes nothing", async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const existing = PROJECT_LIMITS.pekerjaan - 100;
      const projectId = await seedLargeProject(admin, owner.id, existing);
      const { rows } = await admin.query(`SELECT id FROM "SubKlasifikasi" WHERE "projectId" = $1 LIMIT 1`, [projectId]);
      const url = `/api/v1/projects/${projectId}/pekerjaan/batch`;
      const body = (n: number) => ({ subKlasifikasiId: rows[0].id, items: items(ahspIds.slice(0, n)) });
      const before = await state(projectId);
      const over = await call(url, { token: owner.token, json: body(101) });
      expect(over.status).toBe(409);
      expect(over.body.error.details).toMatchObject({ reason: "PROJECT_TOO_LARGE", limit: "pekerjaan" });
      expect(await state(projectId)).toEqual(before);
      expect((await call(url, { token: owner.token, json: body(100) })).status).toBe(201);
      expect((await state(projectId)).pekerjaan).toBe(PROJECT_LIMITS.pekerjaan);
    } finally {
      await admin.end();
    }
  }, 120_000);
});

describe("statements of a batch, 1 vs 200 items", () => {
  let service: typeof import("@/lib/pekerjaan/service");
  let dbClient: typeof import("@/lib/db/client");

  beforeAll(async () => {
    process.env.DATABASE_URL = databaseUrl;
    [service, dbClient] = await Promise.all([import("@/lib/pekerjaan/service"), import("@/lib/db/client")]);
  });

  afterAll(async () => {
    await dbClient?.disconnectDb();
  });

  async function statementsOf(n: number): Promise<number> {
    const { projectId, subKlasifikasiId } = await freshSub();
    const actor = { projectId, userId: owner.id };
    // A first write connects the pool outside the counted run.
    await service.createPekerjaanBatch(actor, { subKlasifikasiId, items: items(ahspIds.slice(200, 201)) });
    const { result, statements } = await countStatements(() =>
      service.createPekerjaanBatch(actor, { subKlasifikasiId, items: items(ahspIds.slice(0, n)) }),
    );
    expect(result.ids).toHaveLength(n);
    return statements.length;
  }

  it("issues the same number of statements whatever the count", async () => {
    const one = await statementsOf(1);
    const many = await statementsOf(200);
    expect(many).toBe(one);
    // BEGIN, lock, sub-klasifikasi, position, items and their lines, the price list's read, insert
    // and re-read, pekerjaan, lines, audit, size counts, changeVersion, COMMIT: 16 as measured.
    expect(many).toBeLessThanOrEqual(16);
  });
});

describe("CUST-nnn kode of a custom pekerjaan created without one", () => {
  it("numbers per project from the highest CUST-number held; a typed kode stays", async () => {
    const { projectId, subKlasifikasiId } = await freshSub();
    const base = `/api/v1/projects/${projectId}/pekerjaan`;
    const create = async (kode?: string) =>
      (
        await ok(
          owner.token,
          base,
          { json: { subKlasifikasiId, source: "custom", uraian: "Plester", satuan: "m2", ...(kode === undefined ? {} : { kode }) } },
          201,
        )
      ).kode as string;
    expect(await create()).toBe("CUST-001");
    expect(await create("")).toBe("CUST-002");
    expect(await create("K.1")).toBe("K.1");
    expect(await create("  ")).toBe("CUST-003");
    // Another project starts at 1.
    const other = await freshSub();
    const otherKode = await ok(
      owner.token,
      `/api/v1/projects/${other.projectId}/pekerjaan`,
      { json: { subKlasifikasiId: other.subKlasifikasiId, source: "custom", uraian: "Cat", satuan: "m2" } },
      201,
    );
    expect(otherKode.kode).toBe("CUST-001");
    // A number in the middle is never handed out again; the highest one, once deleted, is.
    const listed = await subPekerjaan(owner.token, projectId, subKlasifikasiId);
    const idOf = (kode: string) => listed.find((p) => p.kode === kode)!.id;
    await ok(owner.token, `${base}/${idOf("CUST-002")}`, { method: "DELETE" });
    expect(await create()).toBe("CUST-004");
    await ok(owner.token, `${base}/${idOf("CUST-003")}`, { method: "PATCH", json: { kode: "CUST-120" } });
    expect(await create()).toBe("CUST-121");
  });

  it("parallel creates never share a number (the project lock)", async () => {
    const { projectId, subKlasifikasiId } = await freshSub();
    const json = { subKlasifikasiId, source: "custom", uraian: "Paralel", satuan: "ls" };
    const created = await Promise.all(
      Array.from({ length: 6 }, () => ok(owner.token, `/api/v1/projects/${projectId}/pekerjaan`, { json }, 201)),
    );
    expect(created.map((p) => p.kode).sort()).toEqual(["CUST-001", "CUST-002", "CUST-003", "CUST-004", "CUST-005", "CUST-006"]);
  });
});

describe("POST /api/v1/ahsp/resolve", () => {
  const R = `ZR${randomUUID().slice(0, 6)}`;
  let older: string[];
  let newer: string[];
  let olderEdition: string;

  beforeAll(async () => {
    older = await seedAhspEdition(databaseUrl, `Uji resolve lama ${R}`, libraryItems(R, 3));
    newer = await seedAhspEdition(databaseUrl, `Uji resolve baru ${R}`, libraryItems(R, 2));
    // The second edition is the more recently imported one.
    await query(databaseUrl, `UPDATE "AhspEdition" SET "importedAt" = now() - interval '1 day' WHERE name = $1`, [`Uji resolve lama ${R}`]);
    const editions = await query<{ id: string }>(databaseUrl, `SELECT id FROM "AhspEdition" WHERE name = $1`, [`Uji resolve lama ${R}`]);
    olderEdition = editions[0]!.id;
  });

  it("finds each distinct kode whatever its case, in the order sent, and lists the unknown ones", async () => {
    const res = await ok(owner.token, "/api/v1/ahsp/resolve", {
      json: { kodes: [`${R}.3`, ` ${R.toLowerCase()}.1 `, "TIDAK.ADA", `${R}.3`, `${R}.1`, "tidak.ada", "X.9"] },
    });
    expect(res.found.map((f: { kode: string; ahspId: string }) => [f.kode, f.ahspId])).toEqual([
      [`${R}.3`, older[2]],
      [`${R}.1`, newer[0]],
    ]);
    expect(res.found[1]).toMatchObject({
      uraian: `Pekerjaan uji ${R} 1`,
      satuan: "m3",
      lineCount: 3,
      edition: { name: `Uji resolve baru ${R}` },
    });
    expect(res.unknown).toEqual(["TIDAK.ADA", "X.9"]);
  });

  it("resolves in the edition asked for", async () => {
    const res = await ok(owner.token, "/api/v1/ahsp/resolve", { json: { kodes: [`${R}.1`, `${R}.3`], edition: olderEdition } });
    expect(res.found.map((f: { ahspId: string }) => f.ahspId)).toEqual([older[0], older[2]]);
    expect(res.unknown).toEqual([]);
  });

  it("takes 200 kodes; 201 or an empty list is a 400 on `kodes`", async () => {
    const kodes = Array.from({ length: 201 }, (_, i) => `${R}.${i + 1}`);
    const res = await ok(owner.token, "/api/v1/ahsp/resolve", { json: { kodes: kodes.slice(0, 200) } });
    expect([res.found.length, res.unknown.length]).toEqual([3, 197]);
    for (const bad of [kodes, []]) {
      const refused = await call("/api/v1/ahsp/resolve", { token: owner.token, json: { kodes: bad } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.fields[0].path).toBe("kodes");
    }
  });

  it("needs a signed-in user", async () => {
    expect((await call("/api/v1/ahsp/resolve", { json: { kodes: ["A.1"] } })).status).toBe(401);
  });
});
