// Back-up volume (take-off, issue 18): PUT …/volume with `takeoff`, results and the sum computed by
// the server, rows kept through parameters, copy, backup, templates and versions, and printed on
// the Volume XLSX and PDF.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { formulaAt, numberAt, pdfPages, readWorkbook } from "../support/exports";
import { rabClient } from "../support/rab";

const baseUrl = inject("baseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan } = rabClient(baseUrl);

let token: string;
let projectId: string;
let subKlasifikasiId: string;
const base = (id = projectId) => `/api/v1/projects/${id}`;

const SLOOF = [
  { uraian: "Sloof as A 1–5", formula: "panjang * 0.2 * 0.3" },
  { uraian: "Sloof as B 1–5", formula: "panjang × 0.2 × 0.3" },
  { uraian: "Sloof as 1 A–B", formula: "1/3" },
  { uraian: "Sloof as 5 A–B", formula: "2/3" },
  { uraian: "Potongan kolom", formula: "-(4 * 0.2 * 0.2 * 0.3)" },
];
// panjang 12.5: 0.750 + 0.750 + 0.333 + 0.667 − 0.048 = 2.452 (each row printed to 3 dp, then added)
const SLOOF_VOLUME = "2.452";

beforeAll(async () => {
  ({ token } = await newUser("takeoff"));
  projectId = await newProject(token, { name: "Gedung Back-up" });
  ({ subKlasifikasiId } = await newSection(token, projectId));
  await ok(token, `${base()}/parameters`, { json: { name: "panjang", value: "12.5" } }, 201);
});

/** The pekerjaan as the Volume page reads it (GET …/tree). */
async function treePekerjaan(id: string, project = projectId) {
  const tree = await ok(token, `${base(project)}/tree`);
  return tree.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan)).find((p: any) => p.id === id);
}

/** A document's bytes. */
async function download(route: string): Promise<Buffer> {
  const res = await fetch(`${baseUrl}${route}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

const putVolume = (id: string, json: unknown) => call(`${base()}/pekerjaan/${id}/volume`, { method: "PUT", token, json });
const auditCount = async () => (await ok(token, `${base()}/audit?limit=200`)).length;

describe("PUT …/volume with a take-off list", () => {
  let id: string;
  beforeAll(async () => {
    id = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Beton sloof", volume: "1" });
  });

  it("computes each row's printed result and the volume as their sum, in one audited write", async () => {
    const before = await treePekerjaan(id);
    const audits = await auditCount();
    const saved = await ok(token, `${base()}/pekerjaan/${id}/volume`, {
      method: "PUT",
      json: { takeoff: SLOOF, editVersion: before.editVersion },
    });
    expect(saved).toMatchObject({ id, volume: SLOOF_VOLUME, volumeFormula: null });
    expect(saved.takeoff.map((r: any) => r.result)).toEqual(["0.750", "0.750", "0.333", "0.667", "-0.048"]);
    expect(saved.takeoff[0]).toEqual({ ...SLOOF[0], result: "0.750" });
    expect(saved.editVersion).not.toBe(before.editVersion);
    expect(await treePekerjaan(id)).toMatchObject({ volume: SLOOF_VOLUME, takeoff: saved.takeoff, editVersion: saved.editVersion });
    expect(await auditCount()).toBe(audits + 1);
    const [entry] = await ok(token, `${base()}/audit?limit=1`);
    expect(entry).toMatchObject({ entity: "pekerjaan.volume", after: { takeoff: saved.takeoff } });
  });

  it("refuses a bad row at its field path and changes nothing", async () => {
    const before = await treePekerjaan(id);
    const audits = await auditCount();
    const rows = [...SLOOF.slice(0, 2), { uraian: "Salah", formula: "lebar * 2" }];
    const res = await putVolume(id, { takeoff: rows });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: "takeoff.2.formula", message: expect.stringContaining("lebar") }]);
    const bounds = await putVolume(id, { takeoff: Array.from({ length: 201 }, () => SLOOF[0]) });
    expect(bounds.status).toBe(400);
    expect(bounds.body.error.details.fields[0].path).toBe("takeoff");
    const both = await putVolume(id, { value: "1", takeoff: SLOOF });
    expect(both.status).toBe(400);
    const negative = await putVolume(id, { takeoff: [{ uraian: "", formula: "-1" }] });
    expect(negative.body.error.details.fields).toEqual([{ path: "takeoff", message: "Jumlah back-up volume negatif (-1)." }]);
    expect(await treePekerjaan(id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("moves the row version when only an uraian changes, so a stale grid row is refused with the list as it is", async () => {
    const before = await treePekerjaan(id);
    const renamed = SLOOF.map((r, i) => (i === 0 ? { ...r, uraian: "Sloof as A 1–6" } : r));
    const saved = await ok(token, `${base()}/pekerjaan/${id}/volume`, {
      method: "PUT",
      json: { takeoff: renamed, editVersion: before.editVersion },
    });
    expect(saved.volume).toBe(SLOOF_VOLUME);
    expect(saved.editVersion).not.toBe(before.editVersion);
    const stale = await putVolume(id, { value: "3", editVersion: before.editVersion });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.rows).toEqual([{ path: "", editVersion: saved.editVersion, current: saved }]);
    // The same list again writes nothing a grid could see: the version stays.
    const again = await ok(token, `${base()}/pekerjaan/${id}/volume`, { method: "PUT", json: { takeoff: renamed } });
    expect(again.editVersion).toBe(saved.editVersion);
  });

  it("an empty list ends the take-off keeping its sum as a fixed value; a value replaces the list", async () => {
    const ended = await ok(token, `${base()}/pekerjaan/${id}/volume`, { method: "PUT", json: { takeoff: [] } });
    expect(ended).toMatchObject({ volume: SLOOF_VOLUME, volumeFormula: null, takeoff: [] });
    await ok(token, `${base()}/pekerjaan/${id}/volume`, { method: "PUT", json: { takeoff: SLOOF } });
    const plain = await ok(token, `${base()}/pekerjaan/${id}/volume`, { method: "PUT", json: { formula: "panjang * 2" } });
    expect(plain).toMatchObject({ volume: "25.000", volumeFormula: "panjang * 2", takeoff: [] });
    expect((await treePekerjaan(id)).takeoff).toEqual([]);
  });

  it("PUT …/volumes takes take-off lists too, all or nothing", async () => {
    const other = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Plesteran", volume: "2", satuan: "m2" });
    const res = await ok(token, `${base()}/volumes`, {
      method: "PUT",
      json: {
        items: [
          { pekerjaanId: id, takeoff: SLOOF },
          { pekerjaanId: other, value: "7" },
        ],
      },
    });
    expect(res.items.map((i: any) => i.volume)).toEqual([SLOOF_VOLUME, "7.000"]);
    const bad = await call(`${base()}/volumes`, {
      method: "PUT",
      token,
      json: {
        items: [
          { pekerjaanId: other, value: "9" },
          { pekerjaanId: id, takeoff: [{ uraian: "x", formula: "1/0" }] },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].path).toBe("items.1.takeoff.0.formula");
    expect((await treePekerjaan(other)).volume).toBe("7.000");
  });
});

describe("parameters and take-off rows", () => {
  let id: string;
  let parameterId: string;
  beforeAll(async () => {
    id = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Bekisting sloof", satuan: "m2" });
    parameterId = (await ok(token, `${base()}/parameters`, { json: { name: "lebar_sloof", value: "3" } }, 201)).id;
    await ok(token, `${base()}/pekerjaan/${id}/volume`, {
      method: "PUT",
      json: {
        takeoff: [
          { uraian: "Sisi", formula: "lebar_sloof * 2" },
          { uraian: "Tetap", formula: "1.5" },
        ],
      },
    });
  });

  it("a parameter change recomputes the rows that use it and the volume, and answers them", async () => {
    const before = await treePekerjaan(id);
    expect(before.volume).toBe("7.500");
    const update = await ok(token, `${base()}/parameters/${parameterId}`, { method: "PATCH", json: { value: "4.25" } });
    const after = await treePekerjaan(id);
    expect(after.takeoff.map((r: any) => r.result)).toEqual(["8.500", "1.500"]);
    expect(after.volume).toBe("10.000");
    expect(after.editVersion).not.toBe(before.editVersion);
    expect(update.reevaluated).toContainEqual({ id, volume: "10.000", takeoff: after.takeoff, editVersion: after.editVersion });
  });

  it("a parameter a take-off row uses can not be renamed or deleted, and a value that breaks a row changes nothing", async () => {
    const rename = await call(`${base()}/parameters/${parameterId}`, { method: "PATCH", token, json: { name: "lebar2" } });
    expect(rename.status).toBe(409);
    expect(rename.body.error.message).toContain("Bekisting sloof");
    expect((await call(`${base()}/parameters/${parameterId}`, { method: "DELETE", token })).status).toBe(409);
  });
});

describe("copy, backup, templates and versions keep take-off rows", () => {
  let id: string;
  beforeAll(async () => {
    id = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Sloof beton bertulang", kode: "S-1" });
    await ok(token, `${base()}/pekerjaan/${id}/volume`, { method: "PUT", json: { takeoff: SLOOF } });
  });

  const byUraian = async (project: string, uraian: string) => {
    const tree = await ok(token, `${base(project)}/tree`);
    return tree.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan)).find((p: any) => p.uraian === uraian);
  };
  const expected = () => expect.objectContaining({ volume: SLOOF_VOLUME, takeoff: SLOOF.map((r) => expect.objectContaining(r)) });

  it("a copy keeps them", async () => {
    const copy = await ok(token, `${base()}/copy`, { json: { name: "Salinan back-up" } }, 201);
    expect(await byUraian(copy.id, "Sloof beton bertulang")).toEqual(expected());
  });

  it("a backup (format 3) restores them, recomputed from its parameters", async () => {
    const res = await call(`${base()}/exports/backup.json`, { token });
    expect(res.body.version).toBe(3);
    const doc = structuredClone(res.body);
    const p = doc.klasifikasi[0].subKlasifikasi[0].pekerjaan.find((x: any) => x.uraian === "Sloof beton bertulang");
    expect(p.takeoff).toHaveLength(5);
    p.takeoff[0].result = "999"; // a hand-edited file: the result is recomputed, never trusted
    p.volume = "1";
    const restored = await ok(token, "/api/v1/projects/import", { json: doc }, 201);
    expect(await byUraian(restored.id, "Sloof beton bertulang")).toEqual(expected());
    p.takeoff[2].formula = "tidak_ada * 2";
    const refused = await call("/api/v1/projects/import", { token, json: doc });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fields[0].path).toMatch(/^klasifikasi\.0\.subKlasifikasi\.0\.pekerjaan\.\d+\.takeoff\.2\.formula$/);
  });

  it("a backup of format 2 (before take-off) still restores, with no rows", async () => {
    const file = JSON.parse(readFileSync(path.join(import.meta.dirname, "../fixtures/backup-v1.json"), "utf8"));
    const { schedule, ...rest } = file;
    const restored = await ok(token, "/api/v1/projects/import", { json: { ...rest, version: 2, jadwal: schedule } }, 201);
    const tree = await ok(token, `${base(restored.id)}/tree`);
    const all = tree.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p: any) => p.takeoff.length === 0)).toBe(true);
  });

  it("a template keeps them with the parameters they name; a project from it gets both", async () => {
    const template = await ok(token, `${base()}/templates`, { json: { name: "Templat back-up" } }, 201);
    const created = await ok(
      token,
      "/api/v1/projects",
      {
        json: {
          name: "Dari templat back-up",
          location: "Bandung",
          client: "Dinas PU",
          fundingSource: "APBD",
          startDate: "2026-01-05",
          durationDays: 30,
          templateId: template.id,
        },
      },
      201,
    );
    expect(await byUraian(created.id, "Sloof beton bertulang")).toEqual(expected());
    const parameters = await ok(token, `${base(created.id)}/parameters`);
    // Only the parameters some back-up row names (lebar_sloof: the Bekisting sloof rows above).
    expect(parameters.map((p: any) => [p.name, p.value])).toEqual([
      ["lebar_sloof", "4.250000"],
      ["panjang", "12.500000"],
    ]);
    // Applied to a project whose panjang differs, the project's value counts.
    const other = await newProject(token, { name: "Panjang lain" });
    await ok(token, `${base(other)}/parameters`, { json: { name: "panjang", value: "10" } }, 201);
    await ok(token, `${base(other)}/apply-template`, { json: { templateId: template.id } });
    const applied = await byUraian(other, "Sloof beton bertulang");
    expect(applied.takeoff.map((r: any) => r.result)).toEqual(["0.600", "0.600", "0.333", "0.667", "-0.048"]);
    expect(applied.volume).toBe("2.152");
  });

  it("a version keeps them: its Volume export prints the back-up sheet, and a restore brings them back", async () => {
    const version = await ok(token, `${base()}/versions`, { json: { name: "Kontrak", kind: "kontrak" } }, 201);
    await ok(token, `${base()}/pekerjaan/${id}/volume`, { method: "PUT", json: { value: "5" } });
    const workbook = await readWorkbook(await download(`${base()}/exports/volume.xlsx?version=${version.id}`));
    const sheet = workbook.getWorksheet("Back-up Volume")!;
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values!.toString()));
    expect(texts.join("\n")).toContain("Sloof as A 1–5");
    await ok(token, `${base()}/versions/${version.id}/restore`, { method: "POST" });
    expect(await treePekerjaan(id)).toEqual(expected());
  });
});

describe("the Volume XLSX and PDF print the back-up volume sheet", () => {
  let projectIdForPrint: string;
  beforeAll(async () => {
    const project = await newProject(token, { name: "Cetak back-up" });
    const { subKlasifikasiId: sub } = await newSection(token, project);
    await ok(token, `${base(project)}/parameters`, { json: { name: "panjang", value: "12.5" } }, 201);
    const id = await newPekerjaan(token, project, sub, { uraian: "Beton sloof", kode: "S-2" });
    await ok(token, `${base(project)}/pekerjaan/${id}/volume`, { method: "PUT", json: { takeoff: SLOOF } });
    projectIdForPrint = project;
  });

  it("XLSX: each row's result, and the sum as a live SUM whose cached value is the volume", async () => {
    const workbook = await readWorkbook(await download(`${base(projectIdForPrint)}/exports/volume.xlsx`));
    const sheet = workbook.getWorksheet("Back-up Volume")!;
    const rows: { label: string; value: number; formula: string | null }[] = [];
    sheet.eachRow((row) => {
      const label = String(row.getCell(2).value ?? "");
      if (typeof row.getCell(4).value === "number" || formulaAt(row.getCell(4))) {
        rows.push({ label, value: numberAt(row.getCell(4)), formula: formulaAt(row.getCell(4)) });
      }
    });
    expect(rows.map((r) => r.label)).toEqual([...SLOOF.map((r) => r.uraian), "Jumlah volume m3"]);
    expect(rows.slice(0, 5).map((r) => r.value)).toEqual([0.75, 0.75, 0.333, 0.667, -0.048]);
    expect(rows[5]!.formula).toMatch(/^SUM\(D\d+:D\d+\)$/);
    expect(rows[5]!.value).toBe(2.452);
    const volume = workbook.getWorksheet("Volume")!;
    const texts: string[] = [];
    volume.eachRow((row) => texts.push(String(row.getCell(5).value ?? "")));
    expect(texts).toContain("Back-up volume (5 baris)");
  });

  it("PDF: the rows with uraian, formula and result, and the sum", async () => {
    const text = pdfPages(await download(`${base(projectIdForPrint)}/exports/volume.pdf`)).join("\n");
    expect(text).toContain("BACK-UP VOLUME");
    expect(text).toMatch(/Sloof as A 1–5\s+panjang \* 0\.2 \* 0\.3\s+0,75/);
    expect(text).toMatch(/Potongan kolom\s+.*-0,048/);
    expect(text).toMatch(/Jumlah volume m3\s+2,452/);
  });
});
