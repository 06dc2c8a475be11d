// Backup and restore over HTTP: GET …/exports/backup.json is a versioned, id-free document;
// POST /projects/import restores it as a new project of the caller that answers every read
// like the original. Malformed and hostile files (another version, dangling references,
// another user's ids, 50 MB) are refused and write nothing: the projects are counted before
// and after, in the database itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient } from "../support/rab";
import {
  buildRichProject,
  expectSameProjectContent,
  FIDELITY_READS,
  type RichProject,
  treePekerjaan,
  withoutIds,
} from "../support/rich-project";

const client = rabClient(inject("baseUrl"));
const { call, newUser, ok } = client;

let token: string;
let original: RichProject;
let backup: any;
let database: pg.Client;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

beforeAll(async () => {
  ({ token } = await newUser("backup"));
  original = await buildRichProject(client, token, inject("databaseUrl"));
  const res = await call(`/api/v1/projects/${original.projectId}/exports/backup.json`, { token });
  expect(res.status).toBe(200);
  backup = res.body;
  database = new pg.Client({ connectionString: inject("databaseUrl") });
  await database.connect();
});

afterAll(() => database.end());

const restore = (document: unknown, as = token) => call("/api/v1/projects/import", { token: as, json: document });

/** Rows of every project table: a refused import must leave all of them as they were. */
async function rowCounts() {
  const tables = [
    "Project",
    "Klasifikasi",
    "SubKlasifikasi",
    "Pekerjaan",
    "PekerjaanLine",
    "HargaItem",
    "Parameter",
    "JadwalEntry",
    "AuditEntry",
  ];
  const { rows } = await database.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(", ")}`);
  return rows[0];
}

async function expectRefused(document: unknown, status = 400) {
  const before = await rowCounts();
  const res =
    typeof document === "string"
      ? await call("/api/v1/projects/import", { token, body: document, headers: { "content-type": "application/json" } })
      : await restore(document);
  expect(res.status).toBe(status);
  expect(res.body.ok).toBe(false);
  expect(await rowCounts()).toEqual(before);
  return res.body.error;
}

const clone = () => structuredClone(backup);
const pekerjaanAt = (doc: any, k: number, s: number, p: number) => doc.klasifikasi[k].subKlasifikasi[s].pekerjaan[p];

describe("GET …/exports/backup.json", () => {
  it("is a versioned JSON download named after the project", async () => {
    const res = await fetch(`${inject("baseUrl")}/api/v1/projects/${original.projectId}/exports/backup.json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Cadangan_gedung-asli_\d{4}-\d{2}-\d{2}\.json"/);
    expect(backup).toMatchObject({ format: "rab-ahsp.project-snapshot", version: 3, kind: "project" });
    expect(backup.project).toMatchObject({ name: "Gedung Asli", startDate: "2026-01-07", ppnPercent: "12.00", roundingBase: 10000 });
    expect(backup.parameters).toEqual([
      { name: "lebar", value: "4.000000" },
      { name: "panjang", value: "12.500000" },
    ]);
    expect(backup.jadwal).toHaveLength(7);
  });

  it("holds no database id: pekerjaan are named by keys, resources by kode, the library by edition and kode", async () => {
    // The test library's edition names carry a uuid of their own; everything else must not.
    const withoutEditions = JSON.stringify(backup, (key, value) => (key === "ahsp" || key === "ahspEdition" ? undefined : value));
    expect(withoutEditions).not.toMatch(UUID);
    const harga = await ok(token, `/api/v1/projects/${original.projectId}/harga-items`);
    const ids = [original.projectId, original.ahspItemId, ...Object.values(original.ids), ...harga.map((h: any) => h.id)];
    for (const id of ids) expect(JSON.stringify(backup)).not.toContain(id);
    const kolom = pekerjaanAt(backup, 0, 0, 2);
    expect(kolom.lines.map((l: any) => l.bundle)).toEqual(["p1", "p2", null]);
    expect(pekerjaanAt(backup, 0, 0, 3).ahsp).toEqual({ edition: expect.stringMatching(/^Uji /), kode: "2.2.1.1" });
  });

  it("answers 404 to another user", async () => {
    const intruder = await newUser("backup-intruder");
    const res = await call(`/api/v1/projects/${original.projectId}/exports/backup.json`, { token: intruder.token });
    expect(res.status).toBe(404);
  });
});

describe("POST /projects/import", () => {
  it("restores the backup as a new project of the caller that answers every read like the original", async () => {
    const restorer = await newUser("restorer");
    const res = await restore(backup, restorer.token);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ name: "Gedung Asli (impor)", ownerBudget: "950000000.50", ppnPercent: "12.00" });
    const projectId = res.body.data.id;
    expect(projectId).not.toBe(original.projectId);
    // Compared across two owners: the original read by its owner, the restored one by the restorer.
    for (const read of ["rekap-rab", "rekap-kebutuhan", "kurva-s", "tree", "jadwal", "parameters", "harga-items"]) {
      const [a, b] = await Promise.all([
        ok(token, `/api/v1/projects/${original.projectId}/${read}`),
        ok(restorer.token, `/api/v1/projects/${projectId}/${read}`),
      ]);
      expect(withoutIds(b), read).toEqual(withoutIds(a));
    }
    const pondasi = (await treePekerjaan(client, restorer.token, projectId)).find((p: any) => p.uraian === "Pondasi batu kali");
    expect((await ok(restorer.token, `/api/v1/projects/${projectId}/pekerjaan/${pondasi.id}`)).ahspItemId).toBe(original.ahspItemId);
    const audit = await ok(restorer.token, `/api/v1/projects/${projectId}/audit`);
    expect(audit).toEqual([
      expect.objectContaining({ action: "import", after: { name: "Gedung Asli (impor)", backupCreatedAt: backup.createdAt } }),
    ]);
  });

  it("restores the same file twice as two independent projects", async () => {
    const first = await restore(backup);
    const second = await restore(backup);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.body.data.id).not.toBe(second.body.data.id);
    await expectSameProjectContent(client, token, first.body.data.id, second.body.data.id, ["rekap-rab", "kurva-s"]);
  });

  it("restores a backup the previous release wrote (format version 1, the jadwal under `schedule`) like the original", async () => {
    // tests/fixtures/backup-v1.json: buildRichProject's project, downloaded from the version 1 writer. Its custom
    // pekerjaan, created without a kode, carry the CUST-nnn such pekerjaan get since (README "Building the tree quickly").
    const file = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/backup-v1.json"), "utf8"));
    expect(file).toMatchObject({ version: 1, schedule: expect.any(Array) });
    expect(file).not.toHaveProperty("jadwal");
    const res = await restore(file);
    expect(res.status).toBe(201);
    // Its library item belonged to that run's test edition: the tree differs only there (see the next test).
    const reads = FIDELITY_READS.filter((read) => read !== "tree");
    await expectSameProjectContent(client, token, original.projectId, res.body.data.id, reads);
  });

  it("keeps a library origin that no longer resolves as copied data", async () => {
    const doc = clone();
    pekerjaanAt(doc, 0, 0, 3).ahsp = { edition: "Edisi yang tidak ada", kode: "9.9.9" };
    const res = await restore(doc);
    expect(res.status).toBe(201);
    const pondasi = (await treePekerjaan(client, token, res.body.data.id)).find((p: any) => p.uraian === "Pondasi batu kali");
    const detail = await ok(token, `/api/v1/projects/${res.body.data.id}/pekerjaan/${pondasi.id}`);
    expect(detail).toMatchObject({
      source: "ref",
      ahspItemId: null,
      lines: [expect.objectContaining({ kode: "L.01" }), expect.objectContaining({ kode: "M.03" })],
    });
  });

  it("refuses another format version", async () => {
    const error = await expectRefused({ ...clone(), version: 4 });
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details.fields).toEqual([{ path: "version", message: expect.stringContaining("Versi format 4 tidak didukung") }]);
  });

  it("refuses a document that is not a backup", async () => {
    expect((await expectRefused({ hello: "world" })).details.fields[0].path).toBe("format");
    expect((await expectRefused("{not json")).message).toBe("Format JSON tidak valid.");
  });

  it("refuses dangling references: a bundle, a resource, a jadwal entry, a formula parameter", async () => {
    const cases: [string, (doc: any) => void][] = [
      ["klasifikasi.0.subKlasifikasi.0.pekerjaan.2.lines.0.bundle", (d) => (pekerjaanAt(d, 0, 0, 2).lines[0].bundle = "p99")],
      ["klasifikasi.0.subKlasifikasi.0.pekerjaan.0.lines.1.kode", (d) => (pekerjaanAt(d, 0, 0, 0).lines[1].kode = "M.404")],
      ["jadwal.0.pekerjaan", (d) => (d.jadwal[0].pekerjaan = "p42")],
      ["klasifikasi.1.subKlasifikasi.0.pekerjaan.0.volumeFormula", (d) => (pekerjaanAt(d, 1, 0, 0).volumeFormula = "panjang * tinggi")],
    ];
    for (const [path, breakIt] of cases) {
      const doc = clone();
      breakIt(doc);
      const error = await expectRefused(doc);
      expect(
        error.details.fields.map((f: any) => f.path),
        path,
      ).toEqual([path]);
      expect(error.message).toContain("Tidak ada yang disimpan");
    }
  });

  it("refuses another user's ids wherever they are put, and can not reach that user's project", async () => {
    const victim = await newUser("backup-victim");
    const victimProject = await buildRichProject(client, victim.token, inject("databaseUrl"));
    const cases: ((doc: any) => void)[] = [
      (d) => (pekerjaanAt(d, 0, 0, 2).lines[0].bundle = victimProject.ids.beton),
      (d) => (d.jadwal[0].pekerjaan = victimProject.ids.galian),
      (d) => (pekerjaanAt(d, 0, 0, 0).id = victimProject.ids.beton),
      (d) => (d.projectId = victimProject.projectId),
      (d) => (d.project.ownerId = victim.id),
    ];
    const before = await ok(victim.token, `/api/v1/projects/${victimProject.projectId}/tree`);
    for (const breakIt of cases) {
      const doc = clone();
      breakIt(doc);
      expect((await expectRefused(doc)).code).toBe("VALIDATION_ERROR");
    }
    expect(await ok(victim.token, `/api/v1/projects/${victimProject.projectId}/tree`)).toEqual(before);
  });

  it("refuses a bundle cycle and a jadwal over 100%", async () => {
    const cycle = clone();
    pekerjaanAt(cycle, 0, 0, 0).lines.push({ kode: "BDL.1", koefisien: "1", bundle: "p3" });
    expect((await expectRefused(cycle)).details.fields[0].message).toMatch(/^Bundle melingkar: (p1 → p3 → p1|p3 → p1 → p3)$/);
    const over = clone();
    expect(over.jadwal.slice(0, 2)).toEqual([
      { pekerjaan: "p1", week: 3, planned: "33.33", actual: "10.00", actualCost: null, note: null },
      { pekerjaan: "p1", week: 4, planned: "66.67", actual: null, actualCost: null, note: null },
    ]);
    over.jadwal[1].planned = "70";
    expect((await expectRefused(over)).details.fields.map((f: any) => f.path)).toEqual(["jadwal.0.planned", "jadwal.1.planned"]);
  });

  it("refuses a 50 MB file with 413, declared or streamed, writing nothing", async () => {
    const huge = JSON.stringify({ ...clone(), padding: "x".repeat(50 * 1024 * 1024) });
    const error = await expectRefused(huge, 413);
    expect(error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { limitBytes: 20 * 1024 * 1024 } });

    const before = await rowCounts();
    const chunk = new TextEncoder().encode(" ".repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 50) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(`${inject("baseUrl")}/api/v1/projects/import`, {
      method: "POST",
      body: stream,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a body that is not JSON, and an anonymous caller", async () => {
    const text = await call("/api/v1/projects/import", { token, body: JSON.stringify(backup), headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    const anonymous = await call("/api/v1/projects/import", { json: backup });
    expect(anonymous.status).toBe(401);
  });
});
