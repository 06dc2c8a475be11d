// Never lose an edit, per grid row (issue 16, README "Perubahan bersamaan"): the Harga Items,
// Volume and Jadwal grids send each row's editVersion and no If-Match. Two editors saving
// different rows both go through; a save over a row someone else changed is a 409 naming the
// row's current version and value, and writes nothing of the request. The versions move by
// database triggers, whoever writes; a reorder moves none, and a re-created jadwal entry never
// repeats an earlier number.
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ApiResponse } from "../support/api";
import { query } from "../support/database";
import { rabClient } from "../support/rab";

const databaseUrl = inject("databaseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan } = rabClient(inject("baseUrl"));

const PARALLEL = 20;
const LINES = [
  { kategori: "TK" as const, kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "1" },
  { kategori: "BHN" as const, kode: "B.01", uraian: "Semen", satuan: "kg", koefisien: "2" },
];

let owner: { token: string };
let editor: { token: string };
let projectId: string;
let subKlasifikasiId: string;
let a: string;
let b: string;
const base = () => `/api/v1/projects/${projectId}`;

beforeAll(async () => {
  owner = await newUser("rows-owner");
  const member = await newUser("rows-editor");
  editor = member;
  projectId = await newProject(owner.token);
  await ok(owner.token, `${base()}/members`, { json: { email: member.email, role: "editor" } }, 201);
  ({ subKlasifikasiId } = await newSection(owner.token, projectId));
  a = await newPekerjaan(owner.token, projectId, subKlasifikasiId, { uraian: "Galian", kode: "1.1", lines: LINES, volume: "10" });
  b = await newPekerjaan(owner.token, projectId, subKlasifikasiId, { uraian: "Urugan", kode: "1.2", lines: LINES, volume: "20" });
});

function expectConflict(res: ApiResponse, path: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(409);
  expect(res.body.error.code).toBe("CONFLICT");
  return res.body.error.details.rows.find((row: { path: string }) => row.path === path);
}

/** Of `saves` sent at once, exactly one goes through and every other one is a 409. */
async function expectOneWinner(saves: (() => Promise<ApiResponse>)[]) {
  const statuses = (await Promise.all(saves.map((save) => save()))).map((res) => res.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(saves.length - 1);
}

describe("Harga Items grid", () => {
  const harga = async (kode: string) => (await ok(owner.token, `${base()}/harga-items`)).find((h: any) => h.kode === kode);
  const patch = (token: string, items: object[]) => call(`${base()}/harga-items`, { method: "PATCH", token, json: { items } });

  it("two editors saving different rows both go through", async () => {
    const [l, s] = [await harga("L.01"), await harga("B.01")];
    expect(l.editVersion).toEqual(expect.any(Number));
    const [x, y] = await Promise.all([
      patch(owner.token, [{ kode: "L.01", harga: "100000", editVersion: l.editVersion }]),
      patch(editor.token, [{ kode: "B.01", harga: "1500", editVersion: s.editVersion }]),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(x.body.data.items).toEqual([{ kode: "L.01", harga: "100000.00", editVersion: l.editVersion + 1 }]);
    expect((await harga("L.01")).harga).toBe("100000.00");
    expect((await harga("B.01")).harga).toBe("1500.00");
  });

  it("a batch with one stale row writes neither row, and shows the stale row as it is now", async () => {
    const [l, s] = [await harga("L.01"), await harga("B.01")];
    const res = await patch(editor.token, [
      { kode: "B.01", harga: "1700", editVersion: s.editVersion },
      { kode: "L.01", harga: "90000", editVersion: l.editVersion - 1 },
    ]);
    expect(res.body.error.message).toContain("Harga L.01 telah diubah oleh pengguna lain.");
    expect(expectConflict(res, "items.1")).toMatchObject({ editVersion: l.editVersion, current: { kode: "L.01", harga: "100000.00" } });
    expect(res.body.error.details.rows).toHaveLength(1);
    expect(await harga("L.01")).toEqual(l);
    expect(await harga("B.01")).toEqual(s);
  });

  it("PATCH …/harga-items/{id} checks the body's editVersion", async () => {
    const l = await harga("L.01");
    const stale = await call(`${base()}/harga-items/${l.id}`, {
      method: "PATCH",
      token: editor.token,
      json: { uraian: "Pekerja kasar", editVersion: l.editVersion + 5 },
    });
    expect(expectConflict(stale, "")).toEqual({ path: "", editVersion: l.editVersion, current: l });
    const saved = await ok(editor.token, `${base()}/harga-items/${l.id}`, {
      method: "PATCH",
      json: { uraian: "Pekerja kasar", editVersion: l.editVersion },
    });
    expect(saved).toMatchObject({ uraian: "Pekerja kasar", editVersion: l.editVersion + 1 });
  });

  it(`of ${PARALLEL} parallel saves of one row with the same editVersion exactly one goes through`, async () => {
    const { editVersion } = await harga("B.01");
    await expectOneWinner(
      Array.from(
        { length: PARALLEL },
        (_, i) => () => patch(i % 2 ? owner.token : editor.token, [{ kode: "B.01", harga: String(2000 + i), editVersion }]),
      ),
    );
    expect((await harga("B.01")).editVersion).toBe(editVersion + 1);
  });

  it("without editVersion the last write wins", async () => {
    expect((await patch(editor.token, [{ kode: "B.01", harga: "1234" }])).status).toBe(200);
    expect((await harga("B.01")).harga).toBe("1234.00");
  });

  it("the trigger moves the version on a raw SQL price change, and not on an unchanged one", async () => {
    const before = await harga("L.01");
    await query(databaseUrl, `UPDATE "HargaItem" SET harga = harga + 1 WHERE id = $1`, [before.id]);
    expect((await harga("L.01")).editVersion).toBe(before.editVersion + 1);
    await query(databaseUrl, `UPDATE "HargaItem" SET harga = harga, "updatedAt" = now() WHERE id = $1`, [before.id]);
    expect((await harga("L.01")).editVersion).toBe(before.editVersion + 1);
  });
});

describe("Volume grid", () => {
  const tree = async () => (await ok(owner.token, `${base()}/tree`)).klasifikasi[0].subKlasifikasi[0].pekerjaan as any[];
  const pekerjaan = async (id: string) => (await tree()).find((p) => p.id === id);
  const putVolumes = (token: string, items: object[]) => call(`${base()}/volumes`, { method: "PUT", token, json: { items } });

  it("two editors saving different rows both go through", async () => {
    const [pa, pb] = [await pekerjaan(a), await pekerjaan(b)];
    const [x, y] = await Promise.all([
      putVolumes(owner.token, [{ pekerjaanId: a, value: "11", editVersion: pa.editVersion }]),
      call(`${base()}/pekerjaan/${b}/volume`, { method: "PUT", token: editor.token, json: { value: "21", editVersion: pb.editVersion } }),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(x.body.data.items).toEqual([{ id: a, volume: "11.000", volumeFormula: null, takeoff: [], editVersion: pa.editVersion + 1 }]);
    expect(y.body.data).toEqual({ id: b, volume: "21.000", volumeFormula: null, takeoff: [], editVersion: pb.editVersion + 1 });
    expect((await pekerjaan(a)).volume).toBe("11.000");
    expect((await pekerjaan(b)).volume).toBe("21.000");
  });

  it("a batch with one stale row writes neither row", async () => {
    const [pa, pb] = [await pekerjaan(a), await pekerjaan(b)];
    const res = await putVolumes(editor.token, [
      { pekerjaanId: a, value: "12", editVersion: pa.editVersion },
      { pekerjaanId: b, value: "22", editVersion: pb.editVersion - 1 },
    ]);
    expect(res.body.error.message).toContain("Volume 1.2 Urugan telah diubah oleh pengguna lain.");
    expect(expectConflict(res, "items.1")).toEqual({
      path: "items.1",
      editVersion: pb.editVersion,
      current: { id: b, volume: "21.000", volumeFormula: null, takeoff: [], editVersion: pb.editVersion },
    });
    expect((await pekerjaan(a)).volume).toBe("11.000");
    expect((await pekerjaan(b)).volume).toBe("21.000");
  });

  it("the single-row PUT refuses a stale editVersion", async () => {
    const pa = await pekerjaan(a);
    const res = await call(`${base()}/pekerjaan/${a}/volume`, { method: "PUT", token: owner.token, json: { value: "5", editVersion: 0 } });
    expect(expectConflict(res, "")).toMatchObject({ editVersion: pa.editVersion, current: { volume: "11.000" } });
  });

  it(`of ${PARALLEL} parallel saves of one row with the same editVersion exactly one goes through`, async () => {
    const { editVersion } = await pekerjaan(a);
    await expectOneWinner(
      Array.from(
        { length: PARALLEL },
        (_, i) => () => putVolumes(i % 2 ? owner.token : editor.token, [{ pekerjaanId: a, value: String(30 + i), editVersion }]),
      ),
    );
    expect((await pekerjaan(a)).editVersion).toBe(editVersion + 1);
  });

  it("a reorder moves no version, a header edit does", async () => {
    const before = await pekerjaan(b);
    await ok(owner.token, `${base()}/pekerjaan/${b}`, { method: "PATCH", json: { position: 0 } });
    await query(databaseUrl, `UPDATE "Pekerjaan" SET position = position + 10 WHERE id = $1`, [b]);
    expect((await pekerjaan(b)).editVersion).toBe(before.editVersion);
    await query(databaseUrl, `UPDATE "Pekerjaan" SET uraian = 'Urugan pasir' WHERE id = $1`, [b]);
    expect((await pekerjaan(b)).editVersion).toBe(before.editVersion + 1);
  });
});

describe("Jadwal grid", () => {
  const jadwal = async () => (await ok(owner.token, `${base()}/jadwal`)).klasifikasi[0].subKlasifikasi[0].pekerjaan as any[];
  const row = async (id: string) => (await jadwal()).find((p) => p.id === id);
  const putEntries = (token: string, entries: object[]) => call(`${base()}/jadwal/entries`, { method: "PUT", token, json: { entries } });
  const entryVersion = async (id: string, week: number) =>
    (
      await query<{ editVersion: number }>(databaseUrl, `SELECT "editVersion" FROM "JadwalEntry" WHERE "pekerjaanId" = $1 AND week = $2`, [
        id,
        week,
      ])
    )[0]?.editVersion;

  it("shows 0 for a week without entry; two editors saving different entries both go through", async () => {
    const ra = await row(a);
    expect(ra.editVersions.slice(0, 3)).toEqual([0, 0, 0]);
    const [x, y] = await Promise.all([
      putEntries(owner.token, [{ pekerjaanId: a, week: 1, planned: "40", editVersion: 0 }]),
      putEntries(editor.token, [{ pekerjaanId: a, week: 2, planned: "30", editVersion: 0 }]),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    const after = await row(a);
    expect(after.planned.slice(0, 2)).toEqual(["40.00", "30.00"]);
    expect(after.editVersions[0]).toBeGreaterThan(0);
    expect(after.editVersions[1]).toBeGreaterThan(0);
    // The write answer carries the versions too.
    const answered = y.body.data.pekerjaan.find((p: any) => p.id === a);
    expect(answered.editVersions[1]).toBe(after.editVersions[1]);
  });

  it("a batch with one stale entry writes neither; a week someone else filled is stale for editVersion 0", async () => {
    const before = await row(a);
    const res = await putEntries(editor.token, [
      { pekerjaanId: a, week: 3, planned: "10", editVersion: 0 },
      { pekerjaanId: a, week: 1, planned: "45", editVersion: 0 },
    ]);
    expect(res.body.error.message).toContain("Jadwal 1.1 Galian minggu 1 telah diubah oleh pengguna lain.");
    expect(expectConflict(res, "entries.1")).toEqual({
      path: "entries.1",
      editVersion: before.editVersions[0],
      current: {
        pekerjaanId: a,
        week: 1,
        planned: "40.00",
        actual: null,
        actualCost: null,
        note: null,
        editVersion: before.editVersions[0],
      },
    });
    expect(await row(a)).toEqual(before);
  });

  it(`of ${PARALLEL} parallel saves of one entry with the same editVersion exactly one goes through`, async () => {
    const editVersion = (await row(a)).editVersions[0];
    await expectOneWinner(
      Array.from(
        { length: PARALLEL },
        (_, i) => () => putEntries(i % 2 ? owner.token : editor.token, [{ pekerjaanId: a, week: 1, planned: String(41 + i), editVersion }]),
      ),
    );
    expect((await row(a)).editVersions[0]).not.toBe(editVersion);
  });

  it("an entry cleared and set again never repeats an earlier version (no ABA)", async () => {
    const seen = new Set<number>([(await row(a)).editVersions[2]]);
    for (const planned of ["5", null, "5", null, "5"]) {
      const current = (await row(a)).editVersions[2];
      await ok(editor.token, `${base()}/jadwal/entries`, {
        method: "PUT",
        json: { entries: [{ pekerjaanId: a, week: 3, planned, editVersion: current }] },
      });
      const version = (await row(a)).editVersions[2];
      if (planned === null) {
        expect(version).toBe(0);
        expect(await entryVersion(a, 3)).toBeUndefined();
      } else {
        expect(seen.has(version)).toBe(false);
        seen.add(version);
      }
    }
    // A client that read the first entry's version is refused by the re-created entry.
    const [first] = [...seen].filter((v) => v > 0);
    const res = await putEntries(owner.token, [{ pekerjaanId: a, week: 3, planned: "6", editVersion: first }]);
    expect(expectConflict(res, "entries.0")).toMatchObject({ current: { planned: "5.00" } });
  });

  it("the trigger moves the version on a raw SQL change", async () => {
    const before = await entryVersion(a, 2);
    await query(databaseUrl, `UPDATE "JadwalEntry" SET note = 'cor' WHERE "pekerjaanId" = $1 AND week = 2`, [a]);
    expect(await entryVersion(a, 2)).not.toBe(before);
  });
});
