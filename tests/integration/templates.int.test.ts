// Templates over HTTP: save a project's tree and analyses (no prices, volumes, parameters or
// jadwal), private or shared; list own + shared; only the owner changes or deletes; start a
// new project from one, or append one into an existing project; another user's private
// template answers 404 everywhere.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient } from "../support/rab";
import { buildRichProject, type RichProject, treePekerjaan, withoutIds } from "../support/rich-project";

const client = rabClient(inject("baseUrl"));
const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = client;

let owner: { token: string; id: string };
let other: { token: string; id: string };
let source: RichProject;
let privateId: string;
let sharedId: string;

const projectFields = {
  name: "Dari templat",
  location: "Garut",
  client: "Dinas PU",
  fundingSource: "APBD",
  startDate: "2026-03-02",
  durationDays: 90,
};

beforeAll(async () => {
  owner = await newUser("template-owner");
  other = await newUser("template-other");
  source = await buildRichProject(client, owner.token, inject("databaseUrl"));
  const save = (json: object) => ok(owner.token, `/api/v1/projects/${source.projectId}/templates`, { json }, 201);
  privateId = (await save({ name: "Gedung 2 lantai", description: "Struktur + persiapan" })).id;
  sharedId = (await save({ name: "Gedung bersama", shared: true })).id;
});

describe("saving and listing", () => {
  it("saves the tree with its size, private by default", async () => {
    const template = await ok(owner.token, `/api/v1/templates/${privateId}`);
    expect(template).toMatchObject({
      name: "Gedung 2 lantai",
      description: "Struktur + persiapan",
      shared: false,
      own: true,
      owner: { id: owner.id, name: "Uji template-owner" },
      klasifikasi: 2,
      pekerjaan: 5,
    });
  });

  it("lists one's own and the shared templates; another user sees only the shared one", async () => {
    const mine = (await ok(owner.token, "/api/v1/templates")).map((t: any) => t.id);
    expect(mine).toEqual(expect.arrayContaining([privateId, sharedId]));
    const theirs = await ok(other.token, "/api/v1/templates");
    expect(theirs.map((t: any) => t.id)).toContain(sharedId);
    expect(theirs.map((t: any) => t.id)).not.toContain(privateId);
    expect(theirs.find((t: any) => t.id === sharedId)).toMatchObject({ own: false, shared: true });
  });

  it("answers 404 for another user's private template and 403 when changing someone else's shared one", async () => {
    for (const method of ["GET", "PATCH", "DELETE"]) {
      const res = await call(`/api/v1/templates/${privateId}`, {
        method,
        token: other.token,
        json: method === "PATCH" ? { name: "X" } : undefined,
      });
      expect(res.status, method).toBe(404);
    }
    expect((await call(`/api/v1/templates/${sharedId}`, { method: "DELETE", token: other.token })).status).toBe(403);
    expect((await call(`/api/v1/templates/${sharedId}`, { method: "PATCH", token: other.token, json: { shared: false } })).status).toBe(
      403,
    );
    expect(await ok(owner.token, `/api/v1/templates/${sharedId}`)).toMatchObject({ shared: true });
  });

  it("lets the owner rename, share and delete", async () => {
    const { id } = await ok(owner.token, `/api/v1/projects/${source.projectId}/templates`, { json: { name: "Sementara" } }, 201);
    expect(await ok(owner.token, `/api/v1/templates/${id}`, { method: "PATCH", json: { name: "Dibagikan", shared: true } })).toMatchObject({
      name: "Dibagikan",
      shared: true,
    });
    expect((await ok(other.token, "/api/v1/templates")).map((t: any) => t.id)).toContain(id);
    expect(await ok(owner.token, `/api/v1/templates/${id}`, { method: "DELETE" })).toEqual({ id });
    expect((await call(`/api/v1/templates/${id}`, { token: owner.token })).status).toBe(404);
  });

  it("refuses a template without a name", async () => {
    const res = await call(`/api/v1/projects/${source.projectId}/templates`, { token: owner.token, json: { name: "" } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields[0].path).toBe("name");
  });
});

describe("a new project from a template", () => {
  it("has the tree and analyses, but no prices, volumes, parameters or jadwal", async () => {
    const res = await call("/api/v1/projects", { token: owner.token, json: { ...projectFields, templateId: privateId } });
    expect(res.status).toBe(201);
    const projectId = res.body.data.id;
    expect(res.body.data).toMatchObject({ name: "Dari templat", startDate: "2026-03-02" });

    const [made, original] = await Promise.all([
      treePekerjaan(client, owner.token, projectId),
      treePekerjaan(client, owner.token, source.projectId),
    ]);
    expect(made.map((p: any) => [p.uraian, p.source, p.lineCount, p.overheadProfitPercent])).toEqual(
      original.map((p: any) => [p.uraian, p.source, p.lineCount, p.overheadProfitPercent]),
    );
    expect(made.every((p: any) => p.volume === "0.000" && p.volumeFormula === null)).toBe(true);
    expect(await ok(owner.token, `/api/v1/projects/${projectId}/parameters`)).toEqual([]);
    const harga = await ok(owner.token, `/api/v1/projects/${projectId}/harga-items`);
    expect(harga.every((h: any) => h.harga === "0.00")).toBe(true);
    expect(harga.map((h: any) => h.kode).sort()).toEqual(["BDL.1", "BDL.2", "L.01", "M.01", "M.02", "M.03"]);
    expect((await ok(owner.token, `/api/v1/projects/${projectId}/kurva-s`)).summary.plannedCumulative).toBe("0.00");

    // The analyses are whole: the bundles point at the new project's own pekerjaan.
    const kolom = made.find((p: any) => p.uraian === "Kolom praktis");
    const detail = await ok(owner.token, `/api/v1/projects/${projectId}/pekerjaan/${kolom.id}`);
    const byName = Object.fromEntries(made.map((p: any) => [p.uraian, p.id]));
    expect(detail.lines.map((l: any) => l.bundlePekerjaanId)).toEqual([byName["Beton K-225"], byName["Bekisting"], null]);
    expect(detail.lines.map((l: any) => l.koefisien)).toEqual(["0.150000", "1.200000", "0.750000"]);
    const audit = await ok(owner.token, `/api/v1/projects/${projectId}/audit`);
    expect(audit).toEqual([
      expect.objectContaining({ action: "apply-template", after: expect.objectContaining({ templateId: privateId, pekerjaan: 5 }) }),
    ]);
  });

  it("prices like the original once it has the same prices and volumes", async () => {
    const { id: projectId } = await ok(owner.token, "/api/v1/projects", { json: { ...projectFields, templateId: sharedId } }, 201);
    const made = await treePekerjaan(client, owner.token, projectId);
    const original = await treePekerjaan(client, owner.token, source.projectId);
    await setPrices(owner.token, projectId, { "L.01": "115000", "M.01": "1450.75", "M.02": "3200000", "M.03": "285000" });
    await ok(owner.token, `/api/v1/projects/${projectId}/pricing`, {
      method: "PATCH",
      json: { ppnPercent: 12, overheadProfitPercent: "12.5", roundingBase: 10000 },
    });
    for (const [i, p] of made.entries()) {
      await ok(owner.token, `/api/v1/projects/${projectId}/pekerjaan/${p.id}/volume`, {
        method: "PUT",
        json: { value: original[i].volume },
      });
    }
    const [a, b] = await Promise.all([
      ok(owner.token, `/api/v1/projects/${source.projectId}/rekap-rab`),
      ok(owner.token, `/api/v1/projects/${projectId}/rekap-rab`),
    ]);
    expect(withoutIds(b)).toEqual(withoutIds(a));
  });

  it("answers 404 at templateId for another user's private template, and creates nothing", async () => {
    const res = await call("/api/v1/projects", { token: other.token, json: { ...projectFields, templateId: privateId } });
    expect(res.status).toBe(404);
    expect(res.body.error.details.fields).toEqual([{ path: "templateId", message: "Templat tidak ditemukan." }]);
    expect(await ok(other.token, "/api/v1/projects?pageSize=100")).toEqual([]);
  });

  it("lets another user start from a shared template", async () => {
    const res = await call("/api/v1/projects", { token: other.token, json: { ...projectFields, templateId: sharedId } });
    expect(res.status).toBe(201);
    expect(await treePekerjaan(client, other.token, res.body.data.id)).toHaveLength(5);
  });
});

describe("appending a template into a project", () => {
  it("adds the tree after the existing klasifikasi and keeps the project's prices", async () => {
    const projectId = await newProject(owner.token, { name: "Sudah berisi" });
    const { subKlasifikasiId } = await newSection(owner.token, projectId, "Pekerjaan Awal");
    await newPekerjaan(owner.token, projectId, subKlasifikasiId, {
      uraian: "Pembersihan",
      volume: "10",
      lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 }],
    });
    await setPrices(owner.token, projectId, { "L.01": 99000 });

    const applied = await ok(owner.token, `/api/v1/projects/${projectId}/apply-template`, { json: { templateId: privateId } });
    expect(applied).toEqual({ template: { id: privateId, name: "Gedung 2 lantai" }, klasifikasi: 2, pekerjaan: 5 });
    const tree = await ok(owner.token, `/api/v1/projects/${projectId}/tree`);
    expect(tree.klasifikasi.map((k: any) => k.name)).toEqual(["Pekerjaan Awal", "Pekerjaan Struktur", "Pekerjaan Persiapan"]);
    const harga = await ok(owner.token, `/api/v1/projects/${projectId}/harga-items`);
    expect(harga.find((h: any) => h.kode === "L.01").harga).toBe("99000.00");
    expect(harga.find((h: any) => h.kode === "M.01").harga).toBe("0.00");

    // Applying twice appends twice: a template is a starting block, not a sync.
    await ok(owner.token, `/api/v1/projects/${projectId}/apply-template`, { json: { templateId: privateId } });
    expect(await treePekerjaan(client, owner.token, projectId)).toHaveLength(11);
  });

  it("refuses a template whose resource kode has another kategori in the project, writing nothing", async () => {
    const projectId = await newProject(owner.token, { name: "Bentrok" });
    const { subKlasifikasiId } = await newSection(owner.token, projectId);
    await newPekerjaan(owner.token, projectId, subKlasifikasiId, {
      uraian: "Lain",
      lines: [{ kategori: "ALT", kode: "M.01", uraian: "Alat", satuan: "jam", koefisien: 1 }],
    });
    const res = await call(`/api/v1/projects/${projectId}/apply-template`, { token: owner.token, json: { templateId: privateId } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields[0]).toMatchObject({ path: "templateId", message: expect.stringContaining("M.01") });
    expect(await treePekerjaan(client, owner.token, projectId)).toHaveLength(1);
  });

  it("answers 404 for another user's private template", async () => {
    const projectId = await newProject(other.token, { name: "Milik lain" });
    const res = await call(`/api/v1/projects/${projectId}/apply-template`, { token: other.token, json: { templateId: privateId } });
    expect(res.status).toBe(404);
    expect(res.body.error.details.fields[0].path).toBe("templateId");
  });
});
