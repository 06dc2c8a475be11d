// Versions (issue 17, README "Versi dan addendum"): a version freezes the priced estimate. Its
// reports never change when the live project does; restoring it makes the live reports equal its
// own, after saving the live state as an automatic version; a pekerjaan keeps its id through
// renames, moves and restores; viewers read, editors create, owners restore. Taking a version of
// a 2,000-pekerjaan project issues as many statements as of a 10-pekerjaan one.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedLargeProject } from "../support/large-project";
import { rabClient } from "../support/rab";
import { buildRichProject, editEstimate, type RichProject, treePekerjaan, withoutIds } from "../support/rich-project";
import { countStatements } from "../support/statements";

const client = rabClient(inject("baseUrl"));
const { call, newUser, ok, newProject, newSection, newPekerjaan } = client;

type User = Awaited<ReturnType<typeof newUser>>;
let owner: User;
let editor: User;
let viewer: User;
let stranger: User;
let rich: RichProject;
let base: string;

beforeAll(async () => {
  const labels = ["pemilik", "editor", "peninjau", "orang-luar"];
  [owner, editor, viewer, stranger] = (await Promise.all(labels.map((l) => newUser(`versi-${l}`)))) as [User, User, User, User];
  rich = await buildRichProject(client, owner.token, inject("databaseUrl"));
  base = `/api/v1/projects/${rich.projectId}`;
  await ok(owner.token, `${base}/members`, { json: { email: editor.email, role: "editor" } }, 201);
  await ok(owner.token, `${base}/members`, { json: { email: viewer.email, role: "viewer" } }, 201);
});

const createVersion = (json: object, token = owner.token) => ok(token, `${base}/versions`, { json }, 201);

/** Every report a version serves, as whole answers (data and meta). */
async function versionReports(versionId: string) {
  const v = `${base}/versions/${versionId}`;
  const rekap = await call(`${v}/rekap-rab`, { token: owner.token });
  const firstKlasifikasi = rekap.body.data.klasifikasi[0].id;
  const reads = [
    `${v}/rekap-rab`,
    `${v}/rekap-kebutuhan`,
    `${v}/rekap-kebutuhan?kategori=BHN`,
    `${v}/rekap-kebutuhan?klasifikasiId=${firstKlasifikasi}`,
    ...Object.values(rich.ids).map((id) => `${v}/rincian-ahsp/${id}`),
  ];
  const answers = await Promise.all(reads.map((path) => call(path, { token: viewer.token })));
  for (const [i, res] of answers.entries()) expect(res.status, reads[i]).toBe(200);
  return Object.fromEntries(answers.map((res, i) => [reads[i], { data: res.body.data, meta: res.body.meta }]));
}

/** The pekerjaan ids of a Rekap RAB, in order. */
function rekapPekerjaanIds(rekap: any): string[] {
  return rekap.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan.map((p: any) => p.id)));
}

/** Two Rekap RAB answers are the same estimate: every figure and name, and the same pekerjaan by id. */
function expectSameRekap(actual: any, expected: any) {
  expect(withoutIds(actual)).toEqual(withoutIds(expected));
  expect(rekapPekerjaanIds(actual.data ?? actual)).toEqual(rekapPekerjaanIds(expected.data ?? expected));
}

describe("create, list, get", () => {
  it("freezes the live Rekap RAB with its totals, and answers the version", async () => {
    const live = await call(`${base}/rekap-rab`, { token: owner.token });
    const version = await createVersion({ name: "HPS", kind: "oe", note: "Sebelum lelang" });
    const { totalBiayaLangsung, ppn, total, pembulatan } = live.body.data.totals;
    expect(version).toEqual({
      id: expect.any(String),
      name: "HPS",
      kind: "oe",
      note: "Sebelum lelang",
      automatic: false,
      createdAt: expect.any(String),
      createdBy: { id: owner.id, name: "Uji versi-pemilik" },
      pekerjaanCount: 5,
      totals: { totalBiayaLangsung, ppn, total, pembulatan },
    });
    expect(Number(total)).toBeGreaterThan(1_000_000);
    const frozen = await call(`${base}/versions/${version.id}/rekap-rab`, { token: owner.token });
    expectSameRekap({ data: frozen.body.data, meta: frozen.body.meta }, { data: live.body.data, meta: live.body.meta });
    expect(await ok(viewer.token, `${base}/versions/${version.id}`)).toEqual(version);
  });

  it("computes every report like the live project's, pekerjaan by their live ids", async () => {
    const version = await createVersion({ name: "Kontrak", kind: "kontrak" });
    const reports = await versionReports(version.id);
    const live = (path: string) => ok(owner.token, `${base}/${path}`);
    expect(reports[`${base}/versions/${version.id}/rekap-kebutuhan`]!.data).toEqual(await live("rekap-kebutuhan"));
    expect(reports[`${base}/versions/${version.id}/rekap-kebutuhan?kategori=BHN`]!.data).toEqual(
      await live("rekap-kebutuhan?kategori=BHN"),
    );
    const firstLive = (await live("rekap-rab")).klasifikasi[0].id;
    expect(
      reports[
        `${base}/versions/${version.id}/rekap-kebutuhan?klasifikasiId=${reports[`${base}/versions/${version.id}/rekap-rab`]!.data.klasifikasi[0].id}`
      ]!.data,
    ).toEqual(await live(`rekap-kebutuhan?klasifikasiId=${firstLive}`));
    for (const id of Object.values(rich.ids)) {
      expect(reports[`${base}/versions/${version.id}/rincian-ahsp/${id}`]!.data, id).toEqual(await live(`rincian-ahsp/${id}`));
    }
  });

  it("lists newest first, without snapshots", async () => {
    const a = await createVersion({ name: "Addendum 1", kind: "addendum" });
    const b = await createVersion({ name: "Addendum 2", kind: "addendum", note: "" });
    const list = await ok(viewer.token, `${base}/versions`);
    expect(list.slice(0, 2)).toEqual([b, a]);
    expect(b.note).toBeNull();
    expect(Object.keys(list[0]).sort()).toEqual([
      "automatic",
      "createdAt",
      "createdBy",
      "id",
      "kind",
      "name",
      "note",
      "pekerjaanCount",
      "totals",
    ]);
  });

  it("refuses an unknown kind, an empty name, and a version of another project", async () => {
    const bad = await call(`${base}/versions`, { token: owner.token, json: { name: " ", kind: "final" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(["kind", "name"]);
    const other = await newProject(owner.token);
    const foreign = await createVersion({ name: "Lain", kind: "oe" });
    const res = await call(`/api/v1/projects/${other}/versions/${foreign.id}/rekap-rab`, { token: owner.token });
    expect([res.status, res.body.error.message]).toEqual([404, "Versi tidak ditemukan."]);
  });
});

describe("immutability", () => {
  it("editing the live project (volume, price, a new pekerjaan, pricing) changes none of a version's reports", async () => {
    const version = await createVersion({ name: "Beku", kind: "lainnya" });
    const before = await versionReports(version.id);
    const liveBefore = await ok(owner.token, `${base}/rekap-rab`);
    await editEstimate(client, owner.token, rich);
    expect((await ok(owner.token, `${base}/rekap-rab`)).totals.total).not.toBe(liveBefore.totals.total);
    expect(await versionReports(version.id)).toEqual(before);
    expect((await ok(owner.token, `${base}/versions/${version.id}`)).totals.total).toBe(liveBefore.totals.total);
  });
});

describe("restore", () => {
  it("makes the live reports equal the version's, keeps the project's identity, and saves the live state first", async () => {
    const jadwalAt = await ok(owner.token, `${base}/jadwal`);
    const version = await createVersion({ name: "Kontrak final", kind: "kontrak" });
    const frozen = await call(`${base}/versions/${version.id}/rekap-rab`, { token: owner.token });
    // Move on: another volume, price, BUK, calendar, jadwal and the project's name.
    await ok(owner.token, `${base}/pekerjaan/${rich.ids.pondasi}/volume`, { method: "PUT", json: { value: "9" } });
    await client.setPrices(owner.token, rich.projectId, { "M.01": "1600" });
    await ok(owner.token, `${base}/pricing`, { method: "PATCH", json: { roundingBase: 1000, unitPriceRounding: "100" } });
    await ok(owner.token, `${base}/jadwal/entries`, {
      method: "PUT",
      json: { entries: [{ pekerjaanId: rich.ids.beton, week: 3, planned: 20 }] },
    });
    await ok(owner.token, base, { method: "PATCH", json: { name: "Gedung Dipulihkan" } });
    const liveBefore = await call(`${base}/rekap-rab`, { token: owner.token });
    const editVersionsBefore = new Map((await treePekerjaan(client, owner.token, rich.projectId)).map((p) => [p.id, p.editVersion]));

    const restored = await ok(owner.token, `${base}/versions/${version.id}/restore`, { method: "POST" });
    expect(restored).toMatchObject({ id: rich.projectId, name: "Gedung Dipulihkan", location: "Bandung" });

    const live = await call(`${base}/rekap-rab`, { token: owner.token });
    expectSameRekap({ data: live.body.data, meta: live.body.meta }, { data: frozen.body.data, meta: frozen.body.meta });
    expect(withoutIds(await ok(owner.token, `${base}/jadwal`))).toEqual(withoutIds(jadwalAt));
    // A grid row read before the restore is stale now, though its pekerjaan is the same.
    for (const p of await treePekerjaan(client, owner.token, rich.projectId)) {
      expect(p.editVersion, p.uraian).toBeGreaterThan(editVersionsBefore.get(p.id) ?? -1);
    }

    const [automatic] = await ok(owner.token, `${base}/versions`);
    expect(automatic).toMatchObject({ name: "Otomatis sebelum memulihkan Kontrak final", kind: "lainnya", automatic: true });
    const saved = await call(`${base}/versions/${automatic.id}/rekap-rab`, { token: owner.token });
    expectSameRekap({ data: saved.body.data, meta: saved.body.meta }, { data: liveBefore.body.data, meta: liveBefore.body.meta });

    const [entry] = await ok(owner.token, `${base}/audit?entity=version&limit=1`);
    expect(entry).toMatchObject({
      action: "restore",
      entityId: version.id,
      after: { name: "Kontrak final", automaticVersionId: automatic.id },
    });
  });

  it("keeps a pekerjaan's id through a rename of its kode and uraian, a move, and a restore", async () => {
    const projectId = await newProject(owner.token);
    const a = await newSection(owner.token, projectId, "Persiapan");
    const b = await newSection(owner.token, projectId, "Struktur");
    const line = { kategori: "TK" as const, kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "1" };
    const id = await newPekerjaan(owner.token, projectId, a.subKlasifikasiId, {
      uraian: "Galian",
      kode: "A.1",
      volume: "2",
      lines: [line],
    });
    const other = await newPekerjaan(owner.token, projectId, b.subKlasifikasiId, {
      uraian: "Beton",
      kode: "B.1",
      volume: "1",
      lines: [line],
    });
    const p = `/api/v1/projects/${projectId}`;
    const version = await ok(owner.token, `${p}/versions`, { json: { name: "Awal", kind: "oe" } }, 201);
    await ok(owner.token, `${p}/pekerjaan/${id}`, {
      method: "PATCH",
      json: { kode: "C.9", uraian: "Galian tanah keras", subKlasifikasiId: b.subKlasifikasiId, position: 1 },
    });
    const moved = await treePekerjaan(client, owner.token, projectId);
    expect(moved.map((w) => [w.id, w.kode])).toEqual([
      [other, "B.1"],
      [id, "C.9"],
    ]);
    await ok(owner.token, `${p}/versions/${version.id}/restore`, { method: "POST" });
    const tree = await ok(owner.token, `${p}/tree`);
    expect(
      tree.klasifikasi.map((k: any) => k.subKlasifikasi.map((s: any) => s.pekerjaan.map((w: any) => [w.id, w.kode, w.uraian]))),
    ).toEqual([[[[id, "A.1", "Galian"]]], [[[other, "B.1", "Beton"]]]]);
  });

  it("copies a version as a new project, with new ids", async () => {
    const version = await createVersion({ name: "Untuk salinan", kind: "lainnya" });
    await ok(owner.token, `${base}/pekerjaan/${rich.ids.galian}/volume`, { method: "PUT", json: { value: "77" } });
    const copy = await ok(owner.token, `${base}/copy`, { json: { name: "Salinan versi", versionId: version.id } }, 201);
    const [copied, frozen] = await Promise.all([
      ok(owner.token, `/api/v1/projects/${copy.id}/rekap-rab`),
      ok(owner.token, `${base}/versions/${version.id}/rekap-rab`),
    ]);
    expect(withoutIds(copied)).toEqual(withoutIds(frozen));
    const ids = new Set(rekapPekerjaanIds(frozen));
    for (const id of rekapPekerjaanIds(copied)) expect(ids.has(id)).toBe(false);
  });
});

describe("roles", () => {
  it("viewers read, editors create, owners restore; a non-member finds nothing", async () => {
    const version = await createVersion({ name: "Peran", kind: "oe" }, editor.token);
    expect(version.createdBy.id).toBe(editor.id);
    expect((await call(`${base}/versions`, { token: viewer.token })).status).toBe(200);
    expect((await call(`${base}/versions/${version.id}/rekap-rab`, { token: viewer.token })).status).toBe(200);
    const viewerCreates = await call(`${base}/versions`, { token: viewer.token, json: { name: "X", kind: "oe" } });
    expect([viewerCreates.status, viewerCreates.body.error.code]).toEqual([403, "FORBIDDEN"]);
    const editorRestores = await call(`${base}/versions/${version.id}/restore`, { method: "POST", token: editor.token });
    expect([editorRestores.status, editorRestores.body.error.code]).toEqual([403, "FORBIDDEN"]);
    for (const path of [`${base}/versions`, `${base}/versions/${version.id}`, `${base}/versions/${version.id}/rekap-rab`]) {
      expect((await call(path, { token: stranger.token })).status, path).toBe(404);
    }
  });
});

describe("a 2,000-pekerjaan project", () => {
  let admin: pg.Client;
  let versions: typeof import("@/lib/versions/service");
  let dbClient: typeof import("@/lib/db/client");

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    [versions, dbClient] = await Promise.all([import("@/lib/versions/service"), import("@/lib/db/client")]);
  });

  afterAll(async () => {
    await dbClient?.disconnectDb();
    await admin?.end();
  });

  it("takes a version over HTTP, priced like the live project", async () => {
    const projectId = await seedLargeProject(admin, owner.id, 2000);
    const p = `/api/v1/projects/${projectId}`;
    const version = await ok(owner.token, `${p}/versions`, { json: { name: "Besar", kind: "kontrak" } }, 201);
    expect(version.pekerjaanCount).toBe(2000);
    const live = await ok(owner.token, `${p}/rekap-rab`);
    const { totalBiayaLangsung, ppn, total, pembulatan } = live.totals;
    expect(version.totals).toEqual({ totalBiayaLangsung, ppn, total, pembulatan });
    expect((await ok(owner.token, `${p}/versions/${version.id}/rekap-rab`)).totals).toEqual(live.totals);
  });

  it("issues as many statements as for a 10-pekerjaan project", async () => {
    const statementsOf = async (n: number) => {
      const projectId = await seedLargeProject(admin, owner.id, n);
      const actor = { projectId, userId: owner.id };
      await versions.createVersion(actor, { name: "Pemanasan", kind: "oe", note: null });
      const { statements } = await countStatements(() => versions.createVersion(actor, { name: "Hitung", kind: "oe", note: null }));
      return statements;
    };
    const small = await statementsOf(10);
    const large = await statementsOf(2000);
    expect(large).toEqual(small);
    expect(large.length).toBeLessThanOrEqual(20);
  });
});
