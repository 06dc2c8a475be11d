// Projects through the HTTP API: create/read/update, the list (search, sort, paging, totals),
// archive and restore, pricing rules, the audit trail.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient } from "../support/rab";

const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(inject("baseUrl"));

describe("create, read, update", () => {
  it("creates with the documented body, defaults pricing to 10 / 11 / 1000, and answers 201 with the id", async () => {
    const { token } = await newUser("create");
    const res = await call("/api/v1/projects", {
      token,
      json: {
        name: "Puskesmas Cikembar",
        location: "Sukabumi",
        client: "Dinas Kesehatan",
        fundingSource: "DAK",
        startDate: "2026-03-02",
        durationDays: 150,
        fiscalYear: 2026,
        ownerBudget: "2500000000",
        parties: { owner: { name: "dr. Rina", title: "Kepala Dinas" }, contractor: { name: "CV Maju", title: "Direktur" } },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      id: expect.any(String),
      startDate: "2026-03-02",
      ownerBudget: "2500000000.00",
      overheadProfitPercent: "10.00",
      ppnPercent: "11.00",
      roundingBase: 1000,
      editVersion: 0,
      // The old name of editVersion, answered until the next release.
      version: 0,
      archivedAt: null,
    });
    expect(res.body.data.parties.owner).toEqual({ name: "dr. Rina", title: "Kepala Dinas" });
  });

  it("validates with field paths", async () => {
    const { token } = await newUser("invalid");
    const res = await call("/api/v1/projects", {
      token,
      json: { name: " ", location: "x", client: "x", fundingSource: "x", startDate: "2026-02-30", durationDays: 0 },
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.fields.map((f: any) => f.path).sort();
    expect(paths).toEqual(["durationDays", "name", "startDate"]);
  });

  it("updates with an optional editVersion; a stale one is 409, under its old name `version` too", async () => {
    const { token } = await newUser("update");
    const id = await newProject(token);
    const updated = await ok(token, `/api/v1/projects/${id}`, { method: "PATCH", json: { name: "Nama baru", editVersion: 0 } });
    expect(updated).toMatchObject({ name: "Nama baru", editVersion: 1, version: 1 });
    for (const json of [
      { name: "Lagi", editVersion: 0 },
      { name: "Lagi", version: 0 },
    ]) {
      const stale = await call(`/api/v1/projects/${id}`, { method: "PATCH", token, json });
      expect(stale.status).toBe(409);
      expect(stale.body.error.details).toEqual({ currentEditVersion: 1, currentVersion: 1 });
    }
    expect(await ok(token, `/api/v1/projects/${id}`)).toMatchObject({ name: "Nama baru", editVersion: 1 });
    const renamed = await ok(token, `/api/v1/projects/${id}`, { method: "PATCH", json: { name: "Lagi", version: 1 } });
    expect(renamed).toMatchObject({ name: "Lagi", editVersion: 2 });
  });
});

describe("pricing", () => {
  let token: string;
  let id: string;
  beforeAll(async () => {
    ({ token } = await newUser("pricing"));
    id = await newProject(token);
  });

  it.each([
    [{ overheadProfitPercent: 15.01 }, "overheadProfitPercent"],
    [{ overheadProfitPercent: -1 }, "overheadProfitPercent"],
    [{ ppnPercent: "100.5" }, "ppnPercent"],
    [{ ppnPercent: "11,5" }, "ppnPercent"],
    [{ roundingBase: 500 }, "roundingBase"],
    [{ unitPriceRounding: "1000" }, "unitPriceRounding"],
    [{ unitPriceRounding: 100 }, "unitPriceRounding"],
    [{ ppnPercent: "12", editVersion: 0, version: 1 }, "version"],
    [{}, ""],
    [{ editVersion: 0 }, ""],
    [{ version: 0 }, ""],
  ])("refuses %j (400 at %s)", async (json, path) => {
    const res = await call(`/api/v1/projects/${id}/pricing`, { method: "PATCH", token, json });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields[0].path).toBe(path);
  });

  it("accepts the bounds and every rounding base", async () => {
    for (const roundingBase of [1, 1000, 10000, 100000]) {
      expect(await ok(token, `/api/v1/projects/${id}/pricing`, { method: "PATCH", json: { roundingBase } })).toMatchObject({
        roundingBase,
      });
    }
    expect(
      await ok(token, `/api/v1/projects/${id}/pricing`, { method: "PATCH", json: { overheadProfitPercent: 15, ppnPercent: "0" } }),
    ).toEqual({
      overheadProfitPercent: "15.00",
      ppnPercent: "0.00",
      roundingBase: 100000,
      unitPriceRounding: "0.01",
    });
    for (const unitPriceRounding of ["1", "10", "100", "0.01"]) {
      expect(await ok(token, `/api/v1/projects/${id}/pricing`, { method: "PATCH", json: { unitPriceRounding } })).toMatchObject({
        unitPriceRounding,
      });
    }
  });

  it("refuses a stale editVersion, under its name or its old one `version`, and changes nothing", async () => {
    const project = await newProject(token);
    const url = `/api/v1/projects/${project}/pricing`;
    await ok(token, url, { method: "PATCH", json: { ppnPercent: "12", editVersion: 0 } });
    for (const json of [
      { ppnPercent: "5", editVersion: 0 },
      { ppnPercent: "5", version: 0 },
    ]) {
      const stale = await call(url, { method: "PATCH", token, json });
      expect(stale.status).toBe(409);
      expect(stale.body.error.details).toEqual({ currentEditVersion: 1, currentVersion: 1 });
    }
    expect(await ok(token, `/api/v1/projects/${project}`)).toMatchObject({ ppnPercent: "12.00", editVersion: 1 });
    expect(await ok(token, url, { method: "PATCH", json: { ppnPercent: "5", version: 1 } })).toMatchObject({ ppnPercent: "5.00" });
  });
});

describe("the projects list", () => {
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ token } = await newUser("list"));
    for (const [name, location, client] of [
      ["Gedung A", "Bandung", "Dinas PU"],
      ["Jembatan B", "Garut", "Dinas Bina Marga"],
      ["Sekolah C", "Bandung", "Dinas Pendidikan"],
    ]) {
      ids[name!] = await newProject(token, { name, location, client });
    }
    const { subKlasifikasiId } = await newSection(token, ids["Jembatan B"]!);
    await newPekerjaan(token, ids["Jembatan B"]!, subKlasifikasiId, {
      uraian: "Beton",
      volume: "2",
      lines: [{ kategori: "BHN", kode: "B.01", uraian: "Beton", satuan: "m3", koefisien: 1 }],
    });
    await setPrices(token, ids["Jembatan B"]!, { "B.01": "1000000" });
  });

  it("searches name, location and client, case-insensitively", async () => {
    const names = async (q: string) => (await ok(token, `/api/v1/projects?q=${encodeURIComponent(q)}`)).map((p: any) => p.name).sort();
    expect(await names("bandung")).toEqual(["Gedung A", "Sekolah C"]);
    expect(await names("BINA")).toEqual(["Jembatan B"]);
    expect(await names("sekolah")).toEqual(["Sekolah C"]);
    // LIKE wildcards are plain characters here, not patterns.
    expect(await names("_")).toEqual([]);
    expect(await names("%")).toEqual([]);
  });

  it("sorts and pages, with paging info in meta", async () => {
    const page1 = await call("/api/v1/projects?sort=-name&pageSize=2", { token });
    expect(page1.body.data.map((p: any) => p.name)).toEqual(["Sekolah C", "Jembatan B"]);
    expect(page1.body.meta).toEqual({ page: 1, pageSize: 2, totalItems: 3, totalPages: 2, sort: "-name" });
    const page2 = await call("/api/v1/projects?sort=-name&pageSize=2&page=2", { token });
    expect(page2.body.data.map((p: any) => p.name)).toEqual(["Gedung A"]);
    // The count comes from a partial last page, from a full page, and past the end alike.
    expect(page2.body.meta.totalItems).toBe(3);
    const meta = async (query: string) => (await call(`/api/v1/projects?${query}`, { token })).body.meta;
    expect(await meta("pageSize=3")).toMatchObject({ totalItems: 3, totalPages: 1 });
    expect(await meta("pageSize=2&page=5")).toMatchObject({ totalItems: 3, totalPages: 2 });
    expect(await meta("q=tidak-ada")).toMatchObject({ totalItems: 0, totalPages: 0 });
    expect((await call("/api/v1/projects?sort=harga", { token })).status).toBe(400);
  });

  it("shows each project's current total: D + PPN and pembulatan", async () => {
    const list = await ok(token, "/api/v1/projects?sort=name");
    expect(list.map((p: any) => [p.name, p.total, p.pembulatan])).toEqual([
      ["Gedung A", "0.00", "0.00"],
      ["Jembatan B", "2442000.00", "2442000.00"],
      ["Sekolah C", "0.00", "0.00"],
    ]);
  });

  it("archives on DELETE, lists archived projects apart, and restores them", async () => {
    const id = ids["Gedung A"]!;
    const archived = await ok(token, `/api/v1/projects/${id}`, { method: "DELETE" });
    expect(archived.archivedAt).not.toBeNull();
    expect((await ok(token, "/api/v1/projects")).map((p: any) => p.id)).not.toContain(id);
    expect((await ok(token, "/api/v1/projects?archived=true")).map((p: any) => p.id)).toEqual([id]);
    expect((await call(`/api/v1/projects/${id}/tree`, { token })).status).toBe(404);
    expect((await ok(token, `/api/v1/projects/${id}`)).archivedAt).not.toBeNull();
    await ok(token, `/api/v1/projects/${id}/restore`, { method: "POST" });
    expect((await ok(token, "/api/v1/projects")).map((p: any) => p.id)).toContain(id);
  });
});

describe("audit trail", () => {
  it("records who changed the tree, lines, prices and pricing, with before and after, newest first and paged", async () => {
    const { token } = await newUser("audit");
    const id = await newProject(token);
    const { subKlasifikasiId } = await newSection(token, id);
    const pekerjaanId = await newPekerjaan(token, id, subKlasifikasiId, {
      uraian: "Plester",
      lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.3" }],
    });
    await setPrices(token, id, { "L.01": "90000" });
    await setPrices(token, id, { "L.01": "95000" });
    await ok(token, `/api/v1/projects/${id}/pricing`, { method: "PATCH", json: { ppnPercent: 12 } });

    const entries = await ok(token, `/api/v1/projects/${id}/audit`);
    expect(entries.map((e: any) => `${e.entity}:${e.action}`)).toEqual([
      "pricing:update",
      "hargaItems:update",
      "hargaItems:update",
      "pekerjaan.lines:replace",
      "pekerjaan:create",
      "subKlasifikasi:create",
      "klasifikasi:create",
    ]);
    expect(entries[0]).toMatchObject({ user: { name: "Uji audit" }, before: { ppnPercent: "11.00" }, after: { ppnPercent: "12.00" } });
    expect(entries[1]).toMatchObject({ before: [{ kode: "L.01", harga: "90000.00" }], after: [{ kode: "L.01", harga: "95000.00" }] });
    expect(entries[3]).toMatchObject({
      entityId: pekerjaanId,
      before: { lines: [] },
      after: { lines: [{ kode: "L.01", koefisien: "0.300000" }] },
    });
    expect(entries[4]).toMatchObject({ entityId: pekerjaanId, after: { source: "custom", kode: "CUST-001", uraian: "Plester" } });
    expect(entries[6]).toMatchObject({ after: { name: "Pekerjaan Struktur", position: 0 } });

    const first = await call(`/api/v1/projects/${id}/audit?limit=3`, { token });
    expect(first.body.data).toHaveLength(3);
    const rest = await ok(token, `/api/v1/projects/${id}/audit?limit=3&cursor=${first.body.meta.nextCursor}`);
    expect(rest.map((e: any) => e.entity)).toEqual(["pekerjaan.lines", "pekerjaan", "subKlasifikasi"]);
    expect((await call(`/api/v1/projects/${id}/audit?entity=pricing`, { token })).body.data).toHaveLength(1);
  });

  it("a tree edit records the fields it was sent; a move names the sub-klasifikasi, not its id", async () => {
    const { token } = await newUser("audit-tree");
    const id = await newProject(token);
    const base = `/api/v1/projects/${id}`;
    const { klasifikasiId, subKlasifikasiId } = await newSection(token, id, "Persiapan");
    const other = await newSection(token, id, "Struktur");
    const pekerjaanId = await newPekerjaan(token, id, subKlasifikasiId, { uraian: "Pagar" });
    await ok(token, `${base}/klasifikasi/${klasifikasiId}`, { method: "PATCH", json: { name: "Pekerjaan Persiapan" } });
    await ok(token, `${base}/klasifikasi/${other.klasifikasiId}`, { method: "PATCH", json: { position: 0 } });
    await ok(token, `${base}/pekerjaan/${pekerjaanId}`, {
      method: "PATCH",
      json: { uraian: "Pagar kawat", subKlasifikasiId: other.subKlasifikasiId },
    });

    const [move, reorder, rename] = await ok(token, `${base}/audit?limit=3`);
    expect(move).toMatchObject({
      entity: "pekerjaan",
      entityId: pekerjaanId,
      action: "update",
      before: { uraian: "Pagar", subKlasifikasi: "Persiapan - umum" },
      after: { uraian: "Pagar kawat", subKlasifikasi: "Struktur - umum" },
    });
    expect(reorder).toMatchObject({ entity: "klasifikasi", before: { position: 1 }, after: { position: 0 } });
    expect(Object.keys(reorder.after)).toEqual(["position"]);
    expect(rename).toMatchObject({ entity: "klasifikasi", before: { name: "Persiapan" }, after: { name: "Pekerjaan Persiapan" } });
  });

  it("a harga PATCH naming an unknown kode changes nothing and says which kode", async () => {
    const { token } = await newUser("harga");
    const id = await newProject(token);
    const { subKlasifikasiId } = await newSection(token, id);
    await newPekerjaan(token, id, subKlasifikasiId, {
      uraian: "X",
      lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 }],
    });
    const res = await call(`/api/v1/projects/${id}/harga-items`, {
      method: "PATCH",
      token,
      json: {
        items: [
          { kode: "L.01", harga: 100 },
          { kode: "NOPE", harga: 5 },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: "items.1.kode", message: "Kode NOPE tidak ada di daftar harga proyek." }]);
    expect((await ok(token, `/api/v1/projects/${id}/harga-items`))[0].harga).toBe("0.00");
    expect(await ok(token, `/api/v1/projects/${id}/audit?entity=hargaItems`)).toEqual([]);
  });
});
