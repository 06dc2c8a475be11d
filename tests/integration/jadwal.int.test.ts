// Jadwal & Kurva S over HTTP: the 100% and zero-volume rules, all-or-nothing batches, spread
// evenly, clear, the date re-mapping report, a hand-computed Kurva S, and 404 for other users.
// Project: start Monday 2026-01-05, 28 days, weeks ending Sunday → weeks 1–4
// (5–11, 12–18, 19–25 January, 26 January – 1 February). BUK 0%, one resource at 100, so
// jumlah A 100, B 500, C 400 (bobot 10/50/40%, D = 1.000); Z has no volume.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient } from "../support/rab";
import { countStatements } from "../support/statements";

const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(inject("baseUrl"));

const line = { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 } as const;

interface Fixture {
  token: string;
  projectId: string;
  ids: Record<"A" | "B" | "C" | "Z", string>;
}

async function fixture(label: string, calendar: { durationDays?: number } = {}): Promise<Fixture> {
  const { token } = await newUser(label);
  const projectId = await newProject(token, {
    startDate: "2026-01-05",
    durationDays: 28,
    weekEndDay: 0,
    overheadProfitPercent: 0,
    ...calendar,
  });
  const { subKlasifikasiId } = await newSection(token, projectId);
  const make = (uraian: string, volume?: string) => newPekerjaan(token, projectId, subKlasifikasiId, { uraian, lines: [line], volume });
  const ids = { A: await make("A", "1"), B: await make("B", "5"), C: await make("C", "4"), Z: await make("Z") };
  await setPrices(token, projectId, { "L.01": 100 });
  return { token, projectId, ids };
}

/** How messages name the fixture's pekerjaan: the CUST-nnn each gets (created without a kode) and the uraian. */
const LABEL = { A: "CUST-001 A", B: "CUST-002 B", C: "CUST-003 C", Z: "CUST-004 Z" } as const;

const base = (f: Fixture) => `/api/v1/projects/${f.projectId}`;
const put = (f: Fixture, entries: object[]) => call(`${base(f)}/jadwal/entries`, { method: "PUT", token: f.token, json: { entries } });
const post = (f: Fixture, path: string, json: object) => call(`${base(f)}/jadwal/${path}`, { token: f.token, json });

async function jadwalRows(f: Fixture, view = "week") {
  const data = await ok(f.token, `${base(f)}/jadwal?view=${view}`);
  const rows = data.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));
  return { data, row: (id: string) => rows.find((r: any) => r.id === id) };
}

const fieldPaths = (res: { body: any }) => res.body.error.details.fields.map((f: any) => f.path).sort();
const reasonsOf = (res: { body: any }) =>
  Object.fromEntries(res.body.error.details.pekerjaan.map((p: any) => [p.label, p.reasons.map((r: any) => r.reason)]));

describe("jadwal rules", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture("jadwal-rules");
  });

  it("lists the weeks with dates, every pekerjaan, and flags the empty jadwal incomplete", async () => {
    const { data, row } = await jadwalRows(f);
    expect(data.weeks).toEqual([
      { week: 1, start: "2026-01-05", end: "2026-01-11", days: 7 },
      { week: 2, start: "2026-01-12", end: "2026-01-18", days: 7 },
      { week: 3, start: "2026-01-19", end: "2026-01-25", days: 7 },
      { week: 4, start: "2026-01-26", end: "2026-02-01", days: 7 },
    ]);
    expect(data.calendar).toMatchObject({ startDate: "2026-01-05", endDate: "2026-02-01", weekCount: 4 });
    expect(data.summary).toEqual({ complete: false, pekerjaanCount: 4, incompletePekerjaan: 3 });
    expect(row(f.ids.A)).toMatchObject({
      planned: [null, null, null, null],
      totals: { planned: "0.00" },
      complete: false,
      hasVolume: true,
    });
    expect(row(f.ids.Z)).toMatchObject({ hasVolume: false, complete: true });
  });

  it("accepts exactly 100% planned and refuses 100,01%, writing nothing", async () => {
    const saved = await put(f, [
      { pekerjaanId: f.ids.A, week: 1, planned: "60.5" },
      { pekerjaanId: f.ids.A, week: 2, planned: 39.5 },
    ]);
    expect(saved.status).toBe(200);
    expect(saved.body.data.pekerjaan).toEqual([
      expect.objectContaining({
        id: f.ids.A,
        planned: ["60.50", "39.50", null, null],
        totals: expect.objectContaining({ planned: "100.00" }),
        complete: true,
      }),
    ]);
    expect(saved.body.data.summary).toEqual({ complete: false, pekerjaanCount: 4, incompletePekerjaan: 2 });

    const over = await put(f, [{ pekerjaanId: f.ids.A, week: 3, planned: "0.01" }]);
    expect(over.status).toBe(400);
    expect(over.body.error.code).toBe("VALIDATION_ERROR");
    expect(fieldPaths(over)).toEqual(["entries.0.planned"]);
    expect(over.body.error.details.fields[0].message).toBe(`${LABEL.A}: total rencana menjadi 100,01% (maksimal 100%).`);
    expect(reasonsOf(over)).toEqual({ [LABEL.A]: ["PLANNED_OVER_100"] });
    expect((await jadwalRows(f)).row(f.ids.A).planned).toEqual(["60.50", "39.50", null, null]);
  });

  it("applies the same rule to actual, counting what is stored", async () => {
    expect((await put(f, [{ pekerjaanId: f.ids.A, week: 1, actual: 70 }])).status).toBe(200);
    const over = await put(f, [{ pekerjaanId: f.ids.A, week: 2, actual: "30.01" }]);
    expect(over.status).toBe(400);
    expect(reasonsOf(over)).toEqual({ [LABEL.A]: ["ACTUAL_OVER_100"] });
    // Lowering one week while raising another in the same batch is fine.
    const moved = await put(f, [
      { pekerjaanId: f.ids.A, week: 1, actual: 50 },
      { pekerjaanId: f.ids.A, week: 2, actual: 50 },
    ]);
    expect(moved.status).toBe(200);
    expect(moved.body.data.pekerjaan[0].totals.actual).toBe("100.00");
  });

  it("refuses progress on a pekerjaan without volume, but keeps a note", async () => {
    const res = await put(f, [
      { pekerjaanId: f.ids.Z, week: 1, planned: 10 },
      { pekerjaanId: f.ids.Z, week: 2, actual: 5, actualCost: 1000 },
    ]);
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(["entries.0.planned", "entries.1.actual", "entries.1.actualCost"]);
    expect(reasonsOf(res)).toEqual({ [LABEL.Z]: ["ZERO_VOLUME"] });
    const note = await put(f, [{ pekerjaanId: f.ids.Z, week: 1, note: "Menunggu gambar kerja" }]);
    expect(note.status).toBe(200);
    expect(note.body.data.pekerjaan[0]).toMatchObject({
      notes: [{ week: 1, note: "Menunggu gambar kerja" }],
      planned: [null, null, null, null],
    });
  });

  it("writes a batch all or nothing, listing every offending pekerjaan and field", async () => {
    const res = await put(f, [
      { pekerjaanId: f.ids.B, week: 1, planned: 50 },
      { pekerjaanId: f.ids.C, week: 5, planned: 10 },
      { pekerjaanId: f.ids.Z, week: 3, planned: 5 },
      { pekerjaanId: f.ids.B, week: 2, planned: 60 },
      { pekerjaanId: f.ids.C, week: 1, planned: 20 },
      { pekerjaanId: f.ids.C, week: 1, actual: 20 },
    ]);
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(["entries.0.planned", "entries.1.week", "entries.2.planned", "entries.3.planned", "entries.5.week"]);
    expect(reasonsOf(res)).toEqual({
      [LABEL.B]: ["PLANNED_OVER_100"],
      [LABEL.C]: ["WEEK_OUT_OF_RANGE", "DUPLICATE_ENTRY"],
      [LABEL.Z]: ["ZERO_VOLUME"],
    });
    expect(res.body.error.message).toContain("3 pekerjaan");
    const { row } = await jadwalRows(f);
    expect([row(f.ids.B).planned, row(f.ids.C).planned]).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
  });

  it("validates the shape: range, decimals, unknown fields, an empty entry", async () => {
    const res = await put(f, [
      { pekerjaanId: f.ids.B, week: 1, planned: 100.5 },
      { pekerjaanId: f.ids.B, week: 2, planned: "1.234" },
      { pekerjaanId: f.ids.B, week: 0, planned: 1 },
      { pekerjaanId: f.ids.B, week: 3 },
      { pekerjaanId: f.ids.B, week: 4, planned: 1, extra: true },
    ]);
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(["entries.0.planned", "entries.1.planned", "entries.2.week", "entries.3", "entries.4"]);
  });
});

describe("spread evenly and clear", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture("jadwal-spread");
  });

  it("spreads 100% over weeks 1–3 with the remainder in the last week, and re-spreads", async () => {
    const first = await post(f, "spread", { pekerjaanId: f.ids.B, fromWeek: 1, toWeek: 3 });
    expect(first.status).toBe(200);
    expect(first.body.data.pekerjaan[0]).toMatchObject({ planned: ["33.33", "33.33", "33.34", null], complete: true });
    await put(f, [{ pekerjaanId: f.ids.B, week: 1, actual: 10 }]);
    const again = await post(f, "spread", { pekerjaanId: f.ids.B, fromWeek: 2, toWeek: 4 });
    // Week 1 loses its plan but keeps its actual.
    expect(again.body.data.pekerjaan[0]).toMatchObject({ planned: [null, "33.33", "33.33", "33.34"], actual: ["10.00", null, null, null] });
  });

  it("refuses weeks outside the project and a pekerjaan without volume", async () => {
    const late = await post(f, "spread", { pekerjaanId: f.ids.B, fromWeek: 2, toWeek: 5 });
    expect([late.status, fieldPaths(late)]).toEqual([400, ["toWeek"]]);
    const backwards = await post(f, "spread", { pekerjaanId: f.ids.B, fromWeek: 3, toWeek: 2 });
    expect([backwards.status, fieldPaths(backwards)]).toEqual([400, ["toWeek"]]);
    const zero = await post(f, "spread", { pekerjaanId: f.ids.Z, fromWeek: 1, toWeek: 2 });
    expect([zero.status, fieldPaths(zero)]).toEqual([400, ["pekerjaanId"]]);
  });

  it("clears planned of one pekerjaan, then actual of all", async () => {
    await post(f, "spread", { pekerjaanId: f.ids.A, fromWeek: 1, toWeek: 1 });
    await put(f, [{ pekerjaanId: f.ids.A, week: 1, actual: 40, actualCost: 1500 }]);
    const planned = await post(f, "clear", { pekerjaanId: f.ids.B, field: "planned" });
    expect(planned.body.data.pekerjaan[0]).toMatchObject({
      id: f.ids.B,
      planned: [null, null, null, null],
      actual: ["10.00", null, null, null],
    });
    expect((await jadwalRows(f)).row(f.ids.A).planned).toEqual(["100.00", null, null, null]);
    const actual = await post(f, "clear", { field: "actual" });
    expect(actual.status).toBe(200);
    const { row } = await jadwalRows(f);
    expect([row(f.ids.A).actual, row(f.ids.A).actualCost, row(f.ids.B).actual]).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
    ]);
    expect(row(f.ids.A).planned).toEqual(["100.00", null, null, null]);
  });
});

describe("audit trail of jadwal writes", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture("jadwal-audit");
  });
  const trail = async () => ok(f.token, `${base(f)}/audit?entity=jadwal`);

  it("records each accepted write with the entries it changed, before and after, and nothing for a refused one", async () => {
    await put(f, [{ pekerjaanId: f.ids.A, week: 1, planned: 40 }]);
    await put(f, [
      { pekerjaanId: f.ids.A, week: 1, planned: 60, actual: 10 },
      { pekerjaanId: f.ids.B, week: 2, planned: 0.5 },
    ]);
    expect((await put(f, [{ pekerjaanId: f.ids.A, week: 2, planned: 50 }])).status).toBe(400);
    await post(f, "clear", { field: "actual" });

    const [clear, second, first, ...rest] = await trail();
    expect(rest).toEqual([]);
    expect(clear).toMatchObject({ action: "delete", entityId: null, before: { field: "actual", entries: 2 } });
    expect(second).toMatchObject({
      action: "update",
      before: {
        entries: [
          { pekerjaanId: f.ids.A, week: 1, planned: "40", actual: null },
          { pekerjaanId: f.ids.B, week: 2, planned: null, actual: null },
        ],
      },
      after: {
        entries: [
          { pekerjaanId: f.ids.A, week: 1, planned: "60", actual: "10" },
          { pekerjaanId: f.ids.B, week: 2, planned: "0.5", actual: null },
        ],
      },
    });
    expect(first).toMatchObject({ action: "update", after: { entries: [{ pekerjaanId: f.ids.A, week: 1, planned: "40" }] } });
  });

  it("lists the same entries for the deprecated filter ?entity=schedule", async () => {
    expect(await ok(f.token, `${base(f)}/audit?entity=schedule`)).toEqual(await trail());
  });
});

describe("the deprecated …/schedule alias (README, Deprecated names)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture("jadwal-alias");
  });
  const viaAlias = (path: string, init: Parameters<typeof call>[1]) => call(`${base(f)}/schedule${path}`, { token: f.token, ...init });

  it("writes and reads the same jadwal as …/jadwal", async () => {
    const written = await viaAlias("/entries", { method: "PUT", json: { entries: [{ pekerjaanId: f.ids.A, week: 1, planned: 40 }] } });
    expect(written.status).toBe(200);
    expect((await viaAlias("/spread", { json: { pekerjaanId: f.ids.B, fromWeek: 1, toWeek: 2 } })).status).toBe(200);
    expect((await jadwalRows(f)).row(f.ids.B).planned).toEqual(["50.00", "50.00", null, null]);
    for (const view of ["week", "month"]) {
      const [alias, current] = await Promise.all([
        viaAlias(`?view=${view}`, {}),
        call(`${base(f)}/jadwal?view=${view}`, { token: f.token }),
      ]);
      expect(alias.status).toBe(200);
      expect(alias.body).toEqual(current.body);
    }
    expect((await viaAlias("/clear", { json: { field: "planned", pekerjaanId: f.ids.A } })).status).toBe(200);
    expect((await jadwalRows(f)).row(f.ids.A).planned).toEqual([null, null, null, null]);
    const preview = await viaAlias("/remap-preview", { json: { durationDays: 7 } });
    expect(preview.body).toEqual((await post(f, "remap-preview", { durationDays: 7 })).body);
  });
});

describe("Kurva S of a hand-computed project", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture("kurva-s");
    const entries = [
      [f.ids.A, 1, "100", "30", "200"],
      [f.ids.B, 1, "20", "20", null],
      [f.ids.B, 2, "80", null, null],
      [f.ids.C, 1, "10", "0", null],
      [f.ids.C, 2, "40", null, null],
      [f.ids.C, 3, "50", null, null],
    ].map(([pekerjaanId, week, planned, actual, actualCost]) => ({
      pekerjaanId,
      week,
      planned,
      ...(actual === null ? {} : { actual }),
      ...(actualCost === null ? {} : { actualCost }),
    }));
    expect((await put(f, entries)).status).toBe(200);
  });

  it("weights by jumlah / D: actual 30/20/0% of bobot 10/50/40% in week 1 is 13%", async () => {
    const data = await ok(f.token, `${base(f)}/kurva-s`);
    const points = data.weeks.map((w: any) => [w.week, w.start, w.planned, w.plannedCumulative, w.actual, w.actualCumulative, w.deviation]);
    expect(points).toEqual([
      [0, null, "0.00", "0.00", "0.00", "0.00", "0.00"],
      [1, "2026-01-05", "24.00", "24.00", "13.00", "13.00", "-11.00"],
      [2, "2026-01-12", "56.00", "80.00", null, null, null],
      [3, "2026-01-19", "20.00", "100.00", null, null, null],
      [4, "2026-01-26", "0.00", "100.00", null, null, null],
    ]);
    expect(data.bobot).toEqual([
      { pekerjaanId: f.ids.A, jumlah: "100.00", bobot: "10.00" },
      { pekerjaanId: f.ids.B, jumlah: "500.00", bobot: "50.00" },
      { pekerjaanId: f.ids.C, jumlah: "400.00", bobot: "40.00" },
      { pekerjaanId: f.ids.Z, jumlah: "0.00", bobot: "0.00" },
    ]);
  });

  it("summarizes earned value to the last week with actuals", async () => {
    const { summary } = await ok(f.token, `${base(f)}/kurva-s`);
    expect(summary).toEqual({
      equalWeights: false,
      complete: true,
      incompletePekerjaan: 0,
      totalJumlah: "1000.00",
      weekCount: 4,
      lastActualWeek: 1,
      asOfWeek: 1,
      plannedCumulative: "24.00",
      actualCumulative: "13.00",
      deviation: "-11.00",
      PV: "240.00",
      EV: "130.00",
      AC: "200.00",
      SPI: "0.5417",
      CPI: "0.6500",
    });
  });

  it("shows calendar months, the week across January and February split by days", async () => {
    const res = await call(`${base(f)}/kurva-s?view=month`, { token: f.token });
    expect(res.body.meta).toMatchObject({ view: "month", monthDefinition: expect.stringContaining("dibagi menurut jumlah hari") });
    expect(
      res.body.data.months.map((m: any) => [m.month, m.calendarMonth, m.start, m.end, m.plannedCumulative, m.actualCumulative]),
    ).toEqual([
      [0, null, null, null, "0.00", "0.00"],
      [1, "2026-01", "2026-01-05", "2026-01-31", "100.00", "13.00"],
      [2, "2026-02", "2026-02-01", "2026-02-01", "100.00", null],
    ]);
    // The grid's month view: B's 80% of week 2 stays in January; a week-4 plan splits 6 : 1.
    await put(f, [
      { pekerjaanId: f.ids.C, week: 3, planned: 15 },
      { pekerjaanId: f.ids.C, week: 4, planned: 35 },
    ]);
    const { data, row } = await jadwalRows(f, "month");
    expect(data.months.map((m: any) => m.calendarMonth)).toEqual(["2026-01", "2026-02"]);
    expect(row(f.ids.B).planned).toEqual(["100.00", null]);
    expect(row(f.ids.C).planned).toEqual(["95.00", "5.00"]);
    expect(row(f.ids.C).totals.planned).toBe("100.00");
  });

  it("falls back to equal weights, flagged, while nothing is priced", async () => {
    const { token } = f;
    const projectId = await newProject(token, { startDate: "2026-01-05", durationDays: 14 });
    const { subKlasifikasiId } = await newSection(token, projectId);
    const p = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "P", volume: "2" });
    const q = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Q", volume: "3" });
    const g: Fixture = { token, projectId, ids: { A: p, B: q, C: p, Z: q } };
    await put(g, [
      { pekerjaanId: p, week: 1, planned: 100, actual: 50 },
      { pekerjaanId: q, week: 2, planned: 100 },
    ]);
    const data = await ok(token, `/api/v1/projects/${projectId}/kurva-s`);
    expect(data.summary).toMatchObject({ equalWeights: true, totalJumlah: "0.00", PV: "0.00", SPI: null, CPI: null, AC: null });
    expect(data.weeks.map((w: any) => w.plannedCumulative)).toEqual(["0.00", "50.00", "100.00"]);
    expect(data.weeks[1].actualCumulative).toBe("25.00");
    expect(data.bobot.map((b: any) => b.bobot)).toEqual(["50.00", "50.00"]);
  });
});

describe("re-mapping weeks when the project's dates change", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture("jadwal-remap");
    await put(f, [
      { pekerjaanId: f.ids.A, week: 1, planned: 100, actual: 25, actualCost: 1000 },
      { pekerjaanId: f.ids.B, week: 2, planned: 40 },
      { pekerjaanId: f.ids.B, week: 4, planned: 60 },
    ]);
  });

  it("previews a start one week later: week n moves to n − 1, week 1 would be dropped", async () => {
    const res = await post(f, "remap-preview", { startDate: "2026-01-12" });
    expect(res.status).toBe(200);
    const preview = res.body.data;
    expect(preview.current).toMatchObject({ startDate: "2026-01-05", endDate: "2026-02-01" });
    expect(preview.proposed).toMatchObject({ startDate: "2026-01-12", endDate: "2026-02-08", weekCount: 4 });
    expect(preview.mapping.map((m: any) => [m.week, m.newWeek])).toEqual([
      [1, null],
      [2, 1],
      [3, 2],
      [4, 3],
    ]);
    expect(preview.moved).toBe(2);
    expect(preview.dropped).toEqual([
      {
        pekerjaanId: f.ids.A,
        pekerjaan: LABEL.A,
        week: 1,
        start: "2026-01-05",
        end: "2026-01-11",
        planned: "100.00",
        actual: "25.00",
        actualCost: "1000.00",
      },
    ]);
  });

  it("previews a change of week-end day that keeps every entry on its dates", async () => {
    // Weeks ending Wednesday: 5–7 January, then 8–14, …; each old week has most of its days one week later.
    const { body } = await post(f, "remap-preview", { weekEndDay: 3 });
    expect(body.data.mapping.map((m: any) => m.newWeek)).toEqual([2, 3, 4, 5]);
    expect(body.data.proposed.weekCount).toBe(5);
    expect([body.data.moved, body.data.dropped]).toEqual([3, []]);
  });

  it("writes nothing and validates its input", async () => {
    const empty = await post(f, "remap-preview", {});
    expect(empty.status).toBe(400);
    const bad = await post(f, "remap-preview", { durationDays: 0 });
    expect([bad.status, fieldPaths(bad)]).toEqual([400, ["durationDays"]]);
    const { row } = await jadwalRows(f);
    expect(row(f.ids.A).planned).toEqual(["100.00", null, null, null]);
    expect(row(f.ids.B).planned).toEqual([null, "40.00", null, "60.00"]);
  });
});

describe("the project PATCH re-maps the jadwal with the dates", () => {
  let f: Fixture;
  const patch = (json: object) => call(base(f), { method: "PATCH", token: f.token, json });
  beforeAll(async () => {
    // 29 days: weeks 1–4 end on Sundays, week 5 is Monday 2 February alone.
    f = await fixture("jadwal-remap-apply", { durationDays: 29 });
    await put(f, [
      { pekerjaanId: f.ids.A, week: 4, planned: 60, note: "cor" },
      { pekerjaanId: f.ids.A, week: 5, planned: 40, actual: 10, note: "bongkar bekisting" },
      { pekerjaanId: f.ids.B, week: 1, planned: 100, actual: 30 },
    ]);
  });

  it("moves entries onto their dates and adds up two weeks that land in one", async () => {
    // Weeks ending Tuesday: 5–6 January, 7–13, …, 28 January – 2 February. A's week 4 joins
    // its week 5, B's week 1 becomes week 2.
    expect((await patch({ weekEndDay: 2 })).status).toBe(200);
    const { row } = await jadwalRows(f);
    expect(row(f.ids.A)).toMatchObject({
      planned: [null, null, null, null, "100.00"],
      actual: [null, null, null, null, "10.00"],
      notes: [{ week: 5, note: "cor; bongkar bekisting" }],
      totals: { planned: "100.00", actual: "10.00" },
    });
    expect(row(f.ids.B).planned).toEqual([null, "100.00", null, null, null]);
  });

  it("answers 409 listing the entries a shorter duration would drop, changing nothing", async () => {
    const refused = await patch({ durationDays: 14, name: "Diperpendek" });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "CONFLICT", details: { reason: "JADWAL_ENTRIES_OUTSIDE" } });
    expect(refused.body.error.details.dropped.map((d: any) => [d.pekerjaan, d.week, d.start, d.planned, d.actual])).toEqual([
      [LABEL.A, 5, "2026-01-28", "100.00", "10.00"],
    ]);
    const { data, row } = await jadwalRows(f);
    expect(data.calendar.durationDays).toBe(29);
    expect(row(f.ids.A).totals.planned).toBe("100.00");
    expect((await ok(f.token, base(f))).name).toBe("Gedung Uji");
  });

  it("refuses the deprecated confirmScheduleDrop when it contradicts confirmJadwalDrop, changing nothing", async () => {
    const refused = await patch({ durationDays: 14, confirmJadwalDrop: true, confirmScheduleDrop: false });
    expect(refused.status).toBe(400);
    expect(fieldPaths(refused)).toEqual(["confirmScheduleDrop"]);
    expect((await jadwalRows(f)).data.calendar.durationDays).toBe(29);
  });

  it("drops them with the change once confirmed", async () => {
    const confirmed = await patch({ durationDays: 14, confirmJadwalDrop: true });
    expect([confirmed.status, confirmed.body.data.durationDays]).toEqual([200, 14]);
    const { data, row } = await jadwalRows(f);
    expect(data.weeks).toHaveLength(3);
    expect(row(f.ids.A).planned).toEqual([null, null, null]);
    expect(row(f.ids.B).planned).toEqual([null, "100.00", null]);
  });

  it("takes the deprecated confirmScheduleDrop as confirmJadwalDrop", async () => {
    expect((await patch({ durationDays: 2 })).status).toBe(409);
    const confirmed = await patch({ durationDays: 2, confirmScheduleDrop: true });
    expect([confirmed.status, confirmed.body.data.durationDays]).toEqual([200, 2]);
    expect((await jadwalRows(f)).row(f.ids.B).planned).toEqual([null]);
  });
});

describe("another user's project", () => {
  let victim: Fixture;
  let intruder: Fixture;
  beforeAll(async () => {
    victim = await fixture("jadwal-victim");
    intruder = await fixture("jadwal-intruder");
    await put(victim, [{ pekerjaanId: victim.ids.A, week: 1, planned: 100 }]);
  });

  /** Every jadwal route; `ids` fill the pekerjaanId of the bodies. */
  const routes = (ids: Fixture["ids"]): [method: string, path: string, body?: object][] => [
    ["GET", "/jadwal"],
    ["GET", "/jadwal?view=month"],
    ["PUT", "/jadwal/entries", { entries: [{ pekerjaanId: ids.A, week: 1, planned: 1 }] }],
    ["POST", "/jadwal/spread", { pekerjaanId: ids.A, fromWeek: 1, toWeek: 2 }],
    ["POST", "/jadwal/clear", { field: "planned" }],
    ["POST", "/jadwal/clear", { pekerjaanId: ids.A, field: "planned" }],
    ["POST", "/jadwal/remap-preview", { durationDays: 7 }],
    ["GET", "/kurva-s"],
    ["GET", "/kurva-s?view=month"],
  ];
  const placeholders = { A: "{a}", B: "{b}", C: "{c}", Z: "{z}" };
  const named = routes(placeholders).map(([method, path, body], i) => [`${method} ${path} ${JSON.stringify(body ?? "")}`, i] as const);

  it.each(named)("%s answers 404 on another user's project", async (_name, i) => {
    const [method, path, body] = routes(victim.ids)[i]!;
    const res = await call(`${base(victim)}${path}`, { method, token: intruder.token, json: body });
    expect([res.status, res.body.error?.code]).toEqual([404, "NOT_FOUND"]);
  });

  it.each(named.filter(([name]) => name.includes("{a}")))(
    "%s with another project's pekerjaanId inside one's own project answers 404",
    async (_name, i) => {
      const [method, path, body] = routes(victim.ids)[i]!;
      const res = await call(`${base(intruder)}${path}`, { method, token: intruder.token, json: body });
      const field = path.endsWith("entries") ? "entries.0.pekerjaanId" : "pekerjaanId";
      expect([res.status, res.body.error.code, fieldPaths(res)]).toEqual([404, "NOT_FOUND", [field]]);
    },
  );

  it("left the victim's jadwal untouched", async () => {
    expect((await jadwalRows(victim)).row(victim.ids.A).planned).toEqual(["100.00", null, null, null]);
  });
});

// In process, against the test database: the reads' statements, counted.
describe("in process", () => {
  let lib: {
    db: typeof import("@/lib/db/client");
    view: typeof import("@/lib/jadwal/jadwal-view");
    kurva: typeof import("@/lib/jadwal/kurva-s");
  };
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    lib = {
      db: await import("@/lib/db/client"),
      view: await import("@/lib/jadwal/jadwal-view"),
      kurva: await import("@/lib/jadwal/kurva-s"),
    };
  });
  afterAll(() => lib?.db.disconnectDb());

  describe("statements per read", () => {
    const PEKERJAAN = 300;
    let small: Fixture;
    let large: Fixture;

    /** PEKERJAAN more pekerjaan in the fixture's sub-klasifikasi, each planned 25% a week. */
    async function grow(f: Fixture) {
      const admin = new pg.Client({ connectionString: inject("databaseUrl") });
      await admin.connect();
      try {
        await admin.query(
          `INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, uraian, satuan, volume, "updatedAt")
           SELECT gen_random_uuid(), p."projectId", p."subKlasifikasiId", 10 + i, 'custom', 'Tambahan ' || i, 'm2', 2, now()
             FROM "Pekerjaan" p, generate_series(1, ${PEKERJAAN}) i WHERE p.id = $1`,
          [f.ids.A],
        );
        await admin.query(
          `INSERT INTO "JadwalEntry" (id, "projectId", "pekerjaanId", week, planned, actual, "updatedAt")
           SELECT gen_random_uuid(), p."projectId", p.id, w, 25, CASE WHEN w = 1 THEN 10 END, now()
             FROM "Pekerjaan" p, generate_series(1, 4) w WHERE p."projectId" = $1 AND p.uraian LIKE 'Tambahan %'`,
          [f.projectId],
        );
      } finally {
        await admin.end();
      }
    }

    beforeAll(async () => {
      [small, large] = [await fixture("jadwal-sql-small"), await fixture("jadwal-sql-large")];
      await grow(large);
    });

    it.each<[string, (projectId: string) => Promise<unknown>]>([
      ["GET /jadwal", (id: string) => lib.view.getJadwal(id, "week")],
      ["GET /jadwal?view=month", (id: string) => lib.view.getJadwal(id, "month")],
      ["GET /kurva-s", (id: string) => lib.kurva.getKurvaS(id, "week")],
      ["GET /kurva-s?view=month", (id: string) => lib.kurva.getKurvaS(id, "month")],
    ])(`%s issues the same few statements for 4 and ${PEKERJAAN + 4} pekerjaan`, async (_name, read) => {
      const statementsOf = async (f: Fixture) => {
        await read(f.projectId); // loads the rekap cache and connects the pool
        return (await countStatements(() => read(f.projectId))).statements.length;
      };
      const [few, many] = [await statementsOf(small), await statementsOf(large)];
      expect(many).toBe(few);
      expect(many).toBeLessThanOrEqual(5);
      const rows = (await lib.view.getJadwal(large.projectId, "week")).klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan;
      expect(rows).toHaveLength(PEKERJAAN + 4);
    });
  });

  describe("views kept in process", () => {
    let f: Fixture;
    let admin: pg.Client;
    const plannedOf = async (id: string) =>
      (await lib.view.getJadwal(f.projectId, "week")).klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan.find((p) => p.id === id)!.planned;

    beforeAll(async () => {
      f = await fixture("jadwal-kept");
      admin = new pg.Client({ connectionString: inject("databaseUrl") });
      await admin.connect();
      expect((await put(f, [{ pekerjaanId: f.ids.A, week: 1, planned: 40 }])).status).toBe(200);
    });
    afterAll(() => admin?.end());

    it("answer an unchanged project with one statement", async () => {
      await lib.view.getJadwal(f.projectId, "week");
      await lib.kurva.getKurvaS(f.projectId, "week");
      const { statements } = await countStatements(async () => {
        await lib.view.getJadwal(f.projectId, "week");
        await lib.kurva.getKurvaS(f.projectId, "week");
      });
      expect(statements).toHaveLength(2);
    });

    it("follow entries, prices and dates written outside the API", async () => {
      expect(await plannedOf(f.ids.A)).toEqual(["40.00", null, null, null]);
      await admin.query(`UPDATE "JadwalEntry" SET planned = 60 WHERE "pekerjaanId" = $1`, [f.ids.A]);
      expect(await plannedOf(f.ids.A)).toEqual(["60.00", null, null, null]);
      await admin.query(`DELETE FROM "JadwalEntry" WHERE "pekerjaanId" = $1`, [f.ids.A]);
      expect(await plannedOf(f.ids.A)).toEqual([null, null, null, null]);

      const bobotA = async () => (await lib.kurva.getKurvaS(f.projectId, "week")).bobot.find((b) => b.pekerjaanId === f.ids.A)!.bobot;
      expect(await bobotA()).toBe("10.00");
      await admin.query(`UPDATE "Pekerjaan" SET volume = 6 WHERE id = $1`, [f.ids.A]);
      expect(await bobotA()).toBe("40.00");

      await admin.query(`UPDATE "Project" SET "durationDays" = 35 WHERE id = $1`, [f.projectId]);
      expect(await plannedOf(f.ids.A)).toHaveLength(5);
    });
  });
});
