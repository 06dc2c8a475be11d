// The portfolio dashboard's API (README "Dasbor proyek"): the list's filters, GET /projects/stats
// (each total the project's own GET …/rekap-rab total), bulk archive/restore, the XLSX export,
// and the upload of new projects (preview, then commit of the valid rows only).
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Decimal } from "decimal.js";
import { toCsv } from "@/lib/ahsp/test-support";
import { fromDayNumber, dayNumber } from "@/lib/calc/jadwal";
import { todayWib } from "@/lib/projects/status";
import { rabClient } from "../support/rab";
import { countStatements } from "../support/statements";

const baseUrl = inject("baseUrl");
const { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(baseUrl);

const today = todayWib();
const day = (offset: number) => fromDayNumber(dayNumber(today) + offset);

type User = Awaited<ReturnType<typeof newUser>>;

/** A project with one priced pekerjaan: its Rekap RAB total is not zero. */
async function pricedProject(token: string, fields: Record<string, unknown>, harga: string): Promise<string> {
  const id = await newProject(token, fields);
  const { subKlasifikasiId } = await newSection(token, id);
  await newPekerjaan(token, id, subKlasifikasiId, {
    uraian: "Pasangan bata",
    volume: "10",
    lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.5" }],
  });
  await setPrices(token, id, { "L.01": harga });
  return id;
}

async function rekapTotal(token: string, id: string): Promise<Decimal> {
  return new Decimal((await ok(token, `/api/v1/projects/${id}/rekap-rab`)).totals.total);
}

async function list(token: string, query: string): Promise<{ id: string; status: string; total: string }[]> {
  return ok(token, `/api/v1/projects?pageSize=100&${query}`);
}

let owner: User;
const ids: Record<string, string> = {};

beforeAll(async () => {
  owner = await newUser("dasbor");
  // Statuses by date (today in WIB), years, sources and pagu apart, so each filter picks a known set.
  ids.future = await pricedProject(
    owner.token,
    { name: "Belum mulai", startDate: day(5), durationDays: 60, fiscalYear: 2027, fundingSource: "APBN", ownerBudget: "500000000" },
    "100000",
  );
  ids.running = await pricedProject(
    owner.token,
    { name: "Berjalan", startDate: day(-10), durationDays: 100, fiscalYear: 2026, fundingSource: "APBD", ownerBudget: "2000000000" },
    "150000",
  );
  ids.near = await pricedProject(
    owner.token,
    { name: "Hampir tenggat", startDate: day(-70), durationDays: 101, fiscalYear: 2026, fundingSource: "apbd", ownerBudget: "1000000000" },
    "175000",
  );
  ids.done = await pricedProject(
    owner.token,
    { name: "Sudah selesai", startDate: day(-200), durationDays: 100, fiscalYear: 2025, fundingSource: "Dana Desa" },
    "90000",
  );
  ids.archived = await pricedProject(
    owner.token,
    { name: "Diarsipkan", startDate: day(-10), durationDays: 100, fiscalYear: 2026, fundingSource: "APBD" },
    "80000",
  );
  await ok(owner.token, `/api/v1/projects/${ids.archived}`, { method: "DELETE" });
});

describe("filters and stats", () => {
  const cases: [string, string, string[]][] = [
    ["no filter", "", ["future", "running", "near", "done"]],
    ["archived", "archived=true", ["archived"]],
    ["year", "year=2026", ["running", "near"]],
    ["funding source, any case", "fundingSource=APBD", ["running", "near"]],
    ["status belum mulai", "status=belum%20mulai", ["future"]],
    ["status berjalan", "status=berjalan", ["running"]],
    ["status mendekati tenggat", "status=mendekati%20tenggat", ["near"]],
    ["status selesai", "status=selesai", ["done"]],
    ["pagu range", "budgetMin=900000000&budgetMax=2000000000", ["running", "near"]],
    ["date range overlapping the calendars", `from=${day(1)}&to=${day(3)}`, ["running", "near"]],
    ["combined", `year=2026&status=berjalan&from=${day(-300)}`, ["running"]],
  ];

  it.each(cases)("%s: the list shows exactly these projects, and stats sum their Rekap RAB totals", async (_name, query, expected) => {
    const listed = await list(owner.token, query);
    expect(listed.map((p) => p.id).sort()).toEqual(expected.map((k) => ids[k]).sort());
    const stats = await ok(owner.token, `/api/v1/projects/stats?${query}`);
    // An archived project has no Rekap RAB page until restored: its total is the one the list shows (the same engine).
    const listedTotal = new Map(listed.map((p) => [p.id, new Decimal(p.total)]));
    const totals = await Promise.all(
      expected.map((k) => (k === "archived" ? listedTotal.get(ids[k]!)! : rekapTotal(owner.token, ids[k]!))),
    );
    expect(stats.count).toBe(expected.length);
    expect(stats.totalBudget).toBe(totals.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2));
    // The groups partition the same projects and the same sum.
    for (const groups of [stats.byYear, stats.byFundingSource, stats.byStatus]) {
      expect(groups.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(expected.length);
      expect(groups.reduce((s: Decimal, g: { totalBudget: string }) => s.plus(g.totalBudget), new Decimal(0)).toFixed(2)).toBe(
        stats.totalBudget,
      );
    }
  });

  it("each listed project carries its status; stats group by year, source and status", async () => {
    const listed = await list(owner.token, "");
    const status = Object.fromEntries(listed.map((p) => [p.id, p.status]));
    expect([ids.future, ids.running, ids.near, ids.done].map((id) => status[id!])).toEqual([
      "belum mulai",
      "berjalan",
      "mendekati tenggat",
      "selesai",
    ]);
    const stats = await ok(owner.token, "/api/v1/projects/stats");
    expect(stats.byYear.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027]);
    expect(stats.byStatus.map((s: { status: string; count: number }) => [s.status, s.count])).toEqual([
      ["belum mulai", 1],
      ["berjalan", 1],
      ["mendekati tenggat", 1],
      ["selesai", 1],
    ]);
    expect(stats.today).toBe(today);
  });

  it("refuses bad filters with 400 and field paths", async () => {
    for (const [query, path] of [
      ["status=tertunda", "query.status"],
      ["year=dua", "query.year"],
      ["budgetMin=1.000,5", "query.budgetMin"],
      ["budgetMin=10&budgetMax=5", "query.budgetMax"],
      ["from=2026-05-01&to=2026-04-01", "query.to"],
      ["from=2026-02-30", "query.from"],
    ]) {
      for (const route of ["/api/v1/projects/stats", "/api/v1/projects"]) {
        const res = await call(`${route}?${query}`, { token: owner.token });
        expect(res.status, `${route}?${query}`).toBe(400);
        expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toContain(path);
      }
    }
  });

  it("another user's projects never count", async () => {
    const stranger = await newUser("dasbor-lain");
    expect(await ok(stranger.token, "/api/v1/projects/stats")).toMatchObject({ count: 0, totalBudget: "0.00" });
  });
});

describe("stats statements", () => {
  let client: pg.Client;
  let stats: typeof import("@/lib/projects/stats");
  let db: typeof import("@/lib/db/client");
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    [stats, db] = await Promise.all([import("@/lib/projects/stats"), import("@/lib/db/client")]);
    client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
  });
  afterAll(async () => {
    await db?.disconnectDb();
    await client?.end();
  });

  it("one statement for 3 or 30 projects once their totals are kept; a changed project alone is loaded again", async () => {
    const userId = randomUUID();
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Hitung', 'x', now())`, [
      userId,
      `hitung-${userId}@test.local`,
    ]);
    const add = (n: number) =>
      client.query(
        `INSERT INTO "Project" (id, "ownerId", name, location, client, "fundingSource", "startDate", "durationDays", "updatedAt")
         SELECT gen_random_uuid(), $1, 'P' || g, 'Bandung', 'Dinas', 'APBD', '2026-01-05', 180, now() FROM generate_series(1, $2) g`,
        [userId, n],
      );
    const filters = { archived: false };
    for (const n of [3, 27]) {
      await add(n);
      await stats.projectStats(userId, filters); // the first read loads each new project once
      const warm = await countStatements(() => stats.projectStats(userId, filters));
      expect(warm.statements).toHaveLength(1);
    }
    await client.query(`UPDATE "Project" SET "ppnPercent" = 12 WHERE id = (SELECT id FROM "Project" WHERE "ownerId" = $1 LIMIT 1)`, [
      userId,
    ]);
    const changed = await countStatements(() => stats.projectStats(userId, filters));
    expect(changed.result.count).toBe(30);
    // The projects, then the calc engine's load of the one changed project (as the list pays).
    expect(changed.statements.length).toBeGreaterThan(1);
    expect(changed.statements.length).toBeLessThanOrEqual(4);
  });
});

describe("bulk archive and restore", () => {
  it("archives several of the owner's projects in one request, one audit entry each; restores them", async () => {
    const user = await newUser("massal");
    const a = await newProject(user.token, { name: "A" });
    const b = await newProject(user.token, { name: "B" });
    const archived = await ok(user.token, "/api/v1/projects/bulk", { json: { action: "archive", projectIds: [a, b] } });
    expect(archived.map((p: { id: string; archivedAt: string | null }) => [p.id, p.archivedAt !== null])).toEqual([
      [a, true],
      [b, true],
    ]);
    expect(await list(user.token, "")).toEqual([]);
    await ok(user.token, "/api/v1/projects/bulk", { json: { action: "restore", projectIds: [b, a] } });
    expect((await list(user.token, "")).length).toBe(2);
    for (const id of [a, b]) {
      const audit = await ok(user.token, `/api/v1/projects/${id}/audit`);
      expect(audit.map((e: { action: string }) => e.action)).toEqual(["restore", "archive"]);
    }
  });

  it("one project the caller may not archive refuses the whole request; nothing changes", async () => {
    const user = await newUser("massal-pemilik");
    const other = await newUser("massal-editor");
    const mine = await newProject(user.token, { name: "Milik saya" });
    const shared = await newProject(other.token, { name: "Dibagikan" });
    await ok(other.token, `/api/v1/projects/${shared}/members`, { json: { email: user.email, role: "editor" } }, 201);
    const strangers = await newProject(other.token, { name: "Bukan milik saya" });

    const forbidden = await call("/api/v1/projects/bulk", { token: user.token, json: { action: "archive", projectIds: [mine, shared] } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.details.fields).toEqual([{ path: "projectIds.1", message: "Tindakan ini hanya untuk pemilik proyek." }]);
    const missing = await call("/api/v1/projects/bulk", { token: user.token, json: { action: "archive", projectIds: [mine, strangers] } });
    expect(missing.status).toBe(404);
    expect(missing.body.error.details.fields[0].path).toBe("projectIds.1");
    const twice = await call("/api/v1/projects/bulk", { token: user.token, json: { action: "restore", projectIds: [mine] } });
    expect(twice.status).toBe(409);
    const invalid = await call("/api/v1/projects/bulk", { token: user.token, json: { action: "hapus", projectIds: [mine, mine] } });
    expect(invalid.status).toBe(400);

    expect((await list(user.token, "")).map((p) => p.id).sort()).toEqual([mine, shared].sort());
    expect((await ok(user.token, `/api/v1/projects/${mine}/audit`)).filter((e: { action: string }) => e.action === "archive")).toEqual([]);
  });
});

async function download(token: string, path: string): Promise<{ status: number; type: string | null; workbook: ExcelJS.Workbook }> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const workbook = new ExcelJS.Workbook();
  if (res.ok) await workbook.xlsx.load(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type"), workbook };
}

describe("XLSX export of the filtered list", () => {
  it("has one row per filtered project, with real numbers equal to the Rekap RAB totals", async () => {
    const { status, type, workbook } = await download(owner.token, "/api/v1/projects/export?year=2026&sort=name");
    expect(status).toBe(200);
    expect(type).toContain("spreadsheetml");
    const sheet = workbook.getWorksheet("Proyek")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain("Total RAB, PPN termasuk (Rp)");
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = [2, 3].map((n) => sheet.getRow(n));
    expect(sheet.rowCount).toBe(3);
    expect(rows.map((r) => r.getCell(col("Nama proyek")).value)).toEqual(["Berjalan", "Hampir tenggat"]);
    for (const [row, key] of [
      [rows[0]!, "running"],
      [rows[1]!, "near"],
    ] as const) {
      const total = row.getCell(col("Total RAB, PPN termasuk (Rp)")).value;
      expect(typeof total).toBe("number");
      expect(new Decimal(total as number).toFixed(2)).toBe((await rekapTotal(owner.token, ids[key]!)).toFixed(2));
      expect(row.getCell(col("Tahun anggaran")).value).toBe(2026);
      expect(row.getCell(col("Tanggal mulai")).value).toBeInstanceOf(Date);
    }
    expect(rows[0]!.getCell(col("Status")).value).toBe("Berjalan");
  });
});

function uploadForm(csv: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("file", new Blob([csv], { type: "text/csv" }), "proyek.csv");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

const HEADER = [
  "nama_proyek",
  "lokasi",
  "pemberi_tugas",
  "sumber_dana",
  "tahun_anggaran",
  "tanggal_mulai",
  "durasi_hari",
  "pagu_anggaran",
  "keterangan",
];

describe("upload of new projects", () => {
  const csv = toCsv(
    [
      HEADER,
      ["Jalan Desa Sukamaju", "Garut", "Dinas PUPR", "Dana Desa", "2026", "02/03/2026", "90", "1.250.000.000", ""],
      ["", "Garut", "Dinas PUPR", "APBD", "2026", "2026-13-01", "0", "banyak", ""],
      ["Irigasi Cibodas", "Garut", "Dinas PUPR", "APBD", "", "2026-04-01", "120", "", "Tahap 1"],
    ],
    ";",
  );

  it("previews every row with its errors and row number, writes nothing; commit creates only the valid rows", async () => {
    const user = await newUser("unggah");
    const preview = await ok(user.token, "/api/v1/projects/upload", { body: uploadForm(csv) });
    expect(preview.counts).toEqual({ rows: 3, valid: 2, invalid: 1 });
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      valid: true,
      project: { name: "Jalan Desa Sukamaju", startDate: "2026-03-02", ownerBudget: "1250000000" },
    });
    const bad = preview.rows[1];
    expect(bad).toMatchObject({ row: 3, valid: false });
    expect(bad.errors.map((e: { column: string }) => e.column).sort()).toEqual([
      "durasi_hari",
      "nama_proyek",
      "pagu_anggaran",
      "tanggal_mulai",
    ]);
    expect(await list(user.token, "")).toEqual([]);

    const stale = await call("/api/v1/projects/upload", {
      token: user.token,
      body: uploadForm(csv, { mode: "commit", token: "0".repeat(64) }),
    });
    expect(stale.status).toBe(409);
    expect(await list(user.token, "")).toEqual([]);

    const committed = await ok(user.token, "/api/v1/projects/upload", { body: uploadForm(csv, { mode: "commit", token: preview.token }) });
    expect(committed.created.map((c: { row: number; name: string }) => [c.row, c.name])).toEqual([
      [2, "Jalan Desa Sukamaju"],
      [4, "Irigasi Cibodas"],
    ]);
    expect(committed.skippedRows).toEqual([3]);
    const listed = await ok(user.token, "/api/v1/projects?sort=name");
    expect(
      listed.map((p: { name: string; ownerBudget: string | null; fiscalYear: number | null }) => [p.name, p.ownerBudget, p.fiscalYear]),
    ).toEqual([
      ["Irigasi Cibodas", null, null],
      ["Jalan Desa Sukamaju", "1250000000.00", 2026],
    ]);
    const audit = await ok(user.token, `/api/v1/projects/${committed.created[0].id}/audit`);
    expect(audit).toMatchObject([{ entity: "project", action: "import", after: { source: "upload", row: 2 } }]);
  });

  it("a file without a valid row commits nothing (422-like 400), over the bounds answers 413, a wrong file 415/400", async () => {
    const user = await newUser("unggah-tolak");
    const allBad = toCsv([HEADER, ["", "", "", "", "", "", "", "", ""].map((_, i) => (i === 1 ? "Garut" : ""))], ";");
    const preview = await ok(user.token, "/api/v1/projects/upload", { body: uploadForm(allBad) });
    const commit = await call("/api/v1/projects/upload", {
      token: user.token,
      body: uploadForm(allBad, { mode: "commit", token: preview.token }),
    });
    expect(commit.status).toBe(400);
    expect(commit.body.error.message).toContain("Tidak ada baris yang valid");

    const many = toCsv(
      [HEADER, ...Array.from({ length: 501 }, (_, i) => [`P${i}`, "Garut", "Dinas", "APBD", "2026", "2026-01-05", "30", "", ""])],
      ";",
    );
    const tooMany = await call("/api/v1/projects/upload", { token: user.token, body: uploadForm(many) });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.message).toContain("Maksimal 500 baris");

    const big = await call("/api/v1/projects/upload", { token: user.token, body: uploadForm("x".repeat(2 * 1024 * 1024 + 10)) });
    expect(big.status).toBe(413);
    const noColumns = await call("/api/v1/projects/upload", {
      token: user.token,
      body: uploadForm(
        toCsv(
          [
            ["a", "b"],
            ["1", "2"],
          ],
          ";",
        ),
      ),
    });
    expect(noColumns.status).toBe(400);
    const json = await call("/api/v1/projects/upload", { token: user.token, json: {} });
    expect(json.status).toBe(415);
    expect(await list(user.token, "")).toEqual([]);
  });

  it("the template reads back: its example row previews as valid", async () => {
    const user = await newUser("templat");
    const res = await fetch(`${baseUrl}/api/v1/projects/upload/template`, { headers: { authorization: `Bearer ${user.token}` } });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const form = new FormData();
    form.set("file", new Blob([bytes]), "templat.xlsx");
    const preview = await ok(user.token, "/api/v1/projects/upload", { body: form });
    expect(preview).toMatchObject({ format: "xlsx", counts: { rows: 1, valid: 1, invalid: 0 } });
    expect(preview.rows[0].project).toMatchObject({
      startDate: "2026-03-02",
      durationDays: 120,
      fiscalYear: 2026,
      ownerBudget: "1250000000",
    });
  });
});
