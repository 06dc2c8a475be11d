// Project copy and batch copy over HTTP: the copy answers every read exactly like the original
// (Rekap RAB, Rekap Kebutuhan, Kurva S, tree, jadwal, parameters, prices), bundles point at
// the copy's own pekerjaan, formulas and progress survive, a new start date moves the jadwal
// with it, and another user's project answers 404.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient } from "../support/rab";
import { buildRichProject, expectSameProjectContent, type RichProject, treePekerjaan, withoutIds } from "../support/rich-project";

const client = rabClient(inject("baseUrl"));
const { call, newUser, ok } = client;

let token: string;
let original: RichProject;
const project = (id: string) => `/api/v1/projects/${id}`;

beforeAll(async () => {
  ({ token } = await newUser("copy"));
  original = await buildRichProject(client, token, inject("databaseUrl"));
});

async function copy(json: object, projectId = original.projectId, as = token) {
  return call(`${project(projectId)}/copy`, { token: as, json });
}

describe("POST /projects/{id}/copy", () => {
  it("answers 201 with the new project, named as asked and otherwise like the original", async () => {
    const res = await copy({ name: "Gedung Salinan" });
    expect(res.status).toBe(201);
    const [before, after] = [await ok(token, project(original.projectId)), res.body.data];
    expect(after.id).not.toBe(original.projectId);
    expect(after).toMatchObject({ name: "Gedung Salinan", archivedAt: null });
    const fields = [
      "location",
      "client",
      "fundingSource",
      "fiscalYear",
      "ownerBudget",
      "description",
      "parties",
      "startDate",
      "durationDays",
      "weekEndDay",
      "overheadProfitPercent",
      "ppnPercent",
      "roundingBase",
    ];
    for (const field of fields) expect(after[field], field).toEqual(before[field]);
  });

  it("reproduces Rekap RAB, Rekap Kebutuhan, Kurva S, tree, jadwal, parameters and prices exactly", async () => {
    const { body } = await copy({ name: "Salinan setia" });
    await expectSameProjectContent(client, token, original.projectId, body.data.id);
    // Not a vacuous comparison: the original has money, progress and an actual cost.
    const kurva = await ok(token, `${project(original.projectId)}/kurva-s`);
    expect(kurva.summary).toMatchObject({ lastActualWeek: 3, AC: "1750000.00" });
    expect(Number((await ok(token, `${project(original.projectId)}/rekap-rab`)).totals.total)).toBeGreaterThan(1_000_000);
  });

  it("keeps formulas, the BUK override, the library origin, and points bundles at the copy's own pekerjaan", async () => {
    const { body } = await copy({ name: "Salinan rinci" });
    const copied = await treePekerjaan(client, token, body.data.id);
    const byName = Object.fromEntries(copied.map((p: any) => [p.uraian, p]));
    expect(byName["Galian tanah"]).toMatchObject({ volume: "40.000", volumeFormula: "panjang * lebar * 0.8" });
    expect(byName["Kolom praktis"]).toMatchObject({ overheadProfitPercent: "20.00" });

    const kolom = await ok(token, `${project(body.data.id)}/pekerjaan/${byName["Kolom praktis"].id}`);
    const bundles = kolom.lines.filter((l: any) => l.bundlePekerjaanId).map((l: any) => l.bundlePekerjaanId);
    expect(bundles).toEqual([byName["Beton K-225"].id, byName["Bekisting"].id]);
    expect(bundles).not.toContain(original.ids.beton);

    const pondasi = await ok(token, `${project(body.data.id)}/pekerjaan/${byName["Pondasi batu kali"].id}`);
    expect(pondasi).toMatchObject({ source: "ref", ahspItemId: original.ahspItemId, kode: "2.2.1.1" });

    // A parameter change still re-evaluates the copied formula: the formula is live, not text.
    const [panjang] = (await ok(token, `${project(body.data.id)}/parameters`)).filter((p: any) => p.name === "panjang");
    const updated = await ok(token, `${project(body.data.id)}/parameters/${panjang.id}`, { method: "PATCH", json: { value: 10 } });
    const { editVersion } = await ok(token, `${project(body.data.id)}/pekerjaan/${byName["Galian tanah"].id}`);
    expect(updated.reevaluated).toEqual([{ id: byName["Galian tanah"].id, volume: "32.000", takeoff: [], editVersion }]);
  });

  it("is independent of the original: editing the copy leaves the original as it was", async () => {
    const before = await ok(token, `${project(original.projectId)}/rekap-rab`);
    const { body } = await copy({ name: "Salinan bebas" });
    await ok(token, `${project(body.data.id)}/harga-items`, { method: "PATCH", json: { items: [{ kode: "L.01", harga: 1 }] } });
    expect(await ok(token, `${project(original.projectId)}/rekap-rab`)).toEqual(before);
    expect(withoutIds(await ok(token, `${project(body.data.id)}/rekap-rab`))).not.toEqual(withoutIds(before));
  });

  it("moves the jadwal with a new start date: same weeks, same values, dates shifted", async () => {
    const { status, body } = await copy({ name: "Salinan 2027", startDate: "2027-02-01" });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ startDate: "2027-02-01", durationDays: 60 });
    const [a, b] = await Promise.all([ok(token, `${project(original.projectId)}/kurva-s`), ok(token, `${project(body.data.id)}/kurva-s`)]);
    const values = (k: any) => k.weeks.map(({ start, end, ...point }: any) => ({ ...point, days: Date.parse(end) - Date.parse(start) }));
    expect(values(b)).toEqual(values(a));
    expect(b.weeks.find((w: any) => w.week === 2).start).toBe("2027-02-06");
    expect(b.summary).toEqual(a.summary);
    const jadwal = await ok(token, `${project(body.data.id)}/jadwal`);
    expect(jadwal.weeks[0]).toEqual({ week: 1, start: "2027-02-01", end: "2027-02-05", days: 5 });
  });

  it("leaves the jadwal out with includeJadwal false", async () => {
    const { body } = await copy({ name: "Tanpa jadwal", includeJadwal: false });
    const kurva = await ok(token, `${project(body.data.id)}/kurva-s`);
    expect(kurva.summary).toMatchObject({ lastActualWeek: 0, plannedCumulative: "0.00", AC: null });
    await expectSameProjectContent(client, token, original.projectId, body.data.id, ["rekap-rab", "rekap-kebutuhan", "tree"]);
  });

  it("takes the deprecated includeSchedule as includeJadwal, and refuses the two when they differ", async () => {
    const { body } = await copy({ name: "Tanpa jadwal (nama lama)", includeSchedule: false });
    expect((await ok(token, `${project(body.data.id)}/kurva-s`)).summary).toMatchObject({ lastActualWeek: 0, plannedCumulative: "0.00" });
    const both = await copy({ name: "Bertentangan", includeJadwal: true, includeSchedule: false });
    expect(both.status).toBe(400);
    expect(both.body.error.details.fields.map((f: any) => f.path)).toEqual(["includeSchedule"]);
  });

  it("records where the copy came from in its audit trail", async () => {
    const { body } = await copy({ name: "Salinan diaudit" });
    const audit = await ok(token, `${project(body.data.id)}/audit`);
    expect(audit).toEqual([
      expect.objectContaining({
        entity: "project",
        action: "copy",
        after: { sourceProjectId: original.projectId, sourceName: "Gedung Asli", includeJadwal: true },
      }),
    ]);
  });

  it("refuses a missing name or a start date the calendar can not hold, writing nothing", async () => {
    const { token: own } = await newUser("copy-invalid");
    const { projectId } = await buildRichProject(client, own, inject("databaseUrl"));
    const count = async () => (await ok(own, "/api/v1/projects?pageSize=100")).length;
    expect(await count()).toBe(1);
    expect((await copy({ name: " " }, projectId, own)).body.error.details.fields[0].path).toBe("name");
    const early = await copy({ name: "X", startDate: "1800-01-01" }, projectId, own);
    expect(early.status).toBe(400);
    expect(early.body.error.details.fields[0].path).toBe("startDate");
    expect(await count()).toBe(1);
  });

  it("copies an archived project too, as an active one: a finished project is a good start", async () => {
    const { token: own } = await newUser("copy-archived");
    const projectId = await client.newProject(own);
    await ok(own, project(projectId), { method: "DELETE" });
    const res = await copy({ name: "Dari arsip" }, projectId, own);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ name: "Dari arsip", archivedAt: null });
  });

  it("answers 404 for another user's project, and copies nothing", async () => {
    const intruder = await newUser("copy-intruder");
    const res = await copy({ name: "Curian" }, original.projectId, intruder.token);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    const batch = await call(`${project(original.projectId)}/batch-copy`, {
      token: intruder.token,
      json: { baseName: "Curian", count: 2 },
    });
    expect(batch.status).toBe(404);
    expect(await ok(intruder.token, "/api/v1/projects?pageSize=100")).toEqual([]);
  });
});

describe("POST /projects/{id}/batch-copy", () => {
  it("makes named copies, each reported and each equal to the original", async () => {
    const { token: own } = await newUser("batch");
    const { projectId } = await buildRichProject(client, own, inject("databaseUrl"));
    const res = await call(`${project(projectId)}/batch-copy`, { token: own, json: { baseName: "Tahap", count: 3 } });
    expect(res.status).toBe(201);
    expect(res.body.meta).toEqual({ created: 3, failed: 0 });
    expect(res.body.data.map((r: any) => [r.index, r.name, r.project.name, r.error])).toEqual([
      [1, "Tahap 1", "Tahap 1", null],
      [2, "Tahap 2", "Tahap 2", null],
      [3, "Tahap 3", "Tahap 3", null],
    ]);
    const ids = res.body.data.map((r: any) => r.project.id);
    expect(new Set(ids).size).toBe(3);
    const listed = (await ok(own, "/api/v1/projects?pageSize=100")).map((p: any) => p.id);
    expect(listed).toEqual(expect.arrayContaining([projectId, ...ids]));
    for (const id of ids) await expectSameProjectContent(client, own, projectId, id, ["rekap-rab", "kurva-s"]);
  });

  it("refuses a count outside 1..50", async () => {
    for (const count of [0, 51, 2.5]) {
      const res = await call(`${project(original.projectId)}/batch-copy`, { token, json: { baseName: "X", count } });
      expect(res.status, String(count)).toBe(400);
      expect(res.body.error.details.fields[0].path).toBe("count");
    }
  });
});
