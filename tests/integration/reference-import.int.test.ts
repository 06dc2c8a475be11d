// The AHSP library import over HTTP (POST /api/v1/ahsp/import): dry run, write, idempotent
// re-import, replacement with stable ids, all-or-nothing writes, and the upload's guards.
import { spawnSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { HEADER, row, toCsv } from "@/lib/ahsp/test-support";
import { ROOT, TSX_ENV } from "../support/server";
import { FIXTURE_KODES, fixtureCsv, fixtureRows, referenceClient, uniqueEdition } from "../support/reference";
import { query } from "../support/database";

const databaseUrl = inject("databaseUrl");
const ref = referenceClient(inject("baseUrl"), databaseUrl);
let admin: { token: string };

beforeAll(async () => {
  admin = await ref.newAdmin();
});

describe("import of a small file", () => {
  it("reports without writing on a dry run, then writes every item, line and nested link", async () => {
    const edition = uniqueEdition("impor");
    const dry = await ref.upload(admin.token, fixtureCsv(), { edition, dryRun: "true" });
    expect(dry.status).toBe(200);
    expect(dry.body.data.outcome).toBeNull();
    expect(dry.body.data.preview).toMatchObject({
      format: "csv",
      edition: { name: edition, exists: false, unchanged: false },
      report: { counts: { items: 6, lines: 13, rejectedRows: 0, perKategori: { TK: 7, BHN: 4, ALT: 1, LAIN: 1 } } },
    });
    expect(await query(databaseUrl, `SELECT 1 FROM "AhspEdition" WHERE name = $1`, [edition])).toEqual([]);

    const res = await ref.upload(admin.token, fixtureCsv(), {
      edition,
      citation: "Lampiran uji",
      expectedHash: dry.body.data.preview.contentHash,
    });
    expect(res.status).toBe(201);
    expect(res.body.data.outcome).toMatchObject({
      status: "created",
      edition: { name: edition, citation: "Lampiran uji", itemCount: 6, lineCount: 13 },
    });

    const { items } = await ref.editionSnapshot(edition);
    expect(items.map((i) => i.kode).sort()).toEqual([...FIXTURE_KODES].sort());
    expect(items.find((i) => i.kode === "91.2.1")).toMatchObject({ lines: 3, koefisien: "1.650000,352.000000,0.250000" });
    const nested = await query(
      databaseUrl,
      `SELECT n.kode FROM "AhspLine" l JOIN "AhspItem" i ON i.id = l."itemId" JOIN "AhspItem" n ON n.id = l."nestedItemId"
       JOIN "AhspEdition" e ON e.id = i."editionId" WHERE e.name = $1 AND i.kode = '91.3.1'`,
      [edition],
    );
    expect(nested).toEqual([{ kode: "91.2.1" }]);
  });

  it("reads XLSX as well, told apart from CSV by content alone", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("AHSP");
    sheet.addRow([...HEADER]);
    for (const r of fixtureRows()) sheet.addRow(r.map((cell, i) => (i === 7 ? Number(cell) : cell)));
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await ref.upload(admin.token, xlsx, { edition: uniqueEdition("xlsx"), dryRun: "true" }, { "content-type": "text/csv" });
    expect(res.status).toBe(200);
    expect(res.body.data.preview).toMatchObject({ format: "xlsx", report: { sheetName: "AHSP", counts: { items: 6, lines: 13 } } });
  });
});

describe("re-import", () => {
  it("of the same content is a no-op, even spelled differently", async () => {
    const edition = uniqueEdition("ulang");
    await ref.importEdition(admin.token, edition);
    const before = await ref.editionSnapshot(edition);
    // Same items in another style: semicolons, comma decimals, trailing zeros.
    const commaStyle = (koefisien: string) => (koefisien.includes(".") ? `${koefisien.replace(".", ",")}0` : koefisien);
    const restyled = toCsv([[...HEADER], ...fixtureRows().map((r) => [...r.slice(0, 7), commaStyle(r[7] ?? "")])], ";");
    const res = await ref.upload(admin.token, restyled, { edition });
    expect(res.status).toBe(200);
    expect(res.body.data.preview.edition.unchanged).toBe(true);
    expect(res.body.data.outcome.status).toBe("unchanged");
    expect(await ref.editionSnapshot(edition)).toEqual(before);
  });

  it("of changed content replaces the edition, keeping the id of every surviving kode", async () => {
    const edition = uniqueEdition("ganti");
    await ref.importEdition(admin.token, edition);
    const before = await ref.editionSnapshot(edition);
    const rows = fixtureRows()
      .filter((r) => r[0] !== "91.2.2")
      .map((r) => (r[0] === "91.1.1" && r[4] === "TK-0005" ? [...r.slice(0, 7), "0.8"] : r));
    rows.push(row("91.4.1", "TK", "TK-0033", "Tukang Cat/Pelitur", "0.063", { nama: "Pengecatan 1 m2 tembok baru", satuan: "m2" }));

    const res = await ref.upload(admin.token, fixtureCsv(rows), { edition });
    expect(res.status).toBe(200);
    expect(res.body.data.outcome).toMatchObject({ status: "replaced", removedItems: 1, edition: { itemCount: 6, lineCount: 12 } });

    const after = await ref.editionSnapshot(edition);
    const idOf = (snapshot: typeof before, kode: string) => snapshot.items.find((i) => i.kode === kode)?.id;
    for (const kode of ["91.1.1", "91.1.2", "91.2.1", "91.2.10", "91.3.1"]) expect(idOf(after, kode), kode).toBe(idOf(before, kode));
    expect(idOf(after, "91.2.2")).toBeUndefined();
    expect(idOf(after, "91.4.1")).toBeDefined();
    expect(after.items.find((i) => i.kode === "91.1.1")?.koefisien).toBe("0.800000,0.025000");
  });
});

describe("all or nothing", () => {
  it("refuses a file with a rejected row and leaves the edition exactly as it was", async () => {
    const edition = uniqueEdition("tolak");
    await ref.importEdition(admin.token, edition);
    const before = await ref.editionSnapshot(edition);
    const rows = fixtureRows().map((r) => (r[0] === "91.2.1" && r[4] === "B-0152" ? [...r.slice(0, 7), "tiga ratus"] : r));
    rows.push(row("91.4.1", "TK", "TK-0033", "Tukang Cat/Pelitur", "0.063", { nama: "Pengecatan 1 m2 tembok baru" }));

    const dry = await ref.upload(admin.token, fixtureCsv(rows), { edition, dryRun: "true" });
    expect(dry.body.data.preview.report.rejected).toEqual([{ row: 6, kode: "91.2.1", reason: expect.stringContaining("bukan angka") }]);
    expect(dry.body.data.preview.report.skippedKodes).toEqual(["91.2.1"]);

    const res = await ref.upload(admin.token, fixtureCsv(rows), { edition });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "VALIDATION_ERROR", details: { reason: "ROWS_REJECTED" } });
    expect(await ref.editionSnapshot(edition)).toEqual(before);

    const skipped = await ref.upload(admin.token, fixtureCsv(rows), { edition, skipRejected: "true" });
    expect(skipped.status).toBe(200);
    expect((await ref.editionSnapshot(edition)).items.map((i) => i.kode)).not.toContain("91.2.1");
  });

  it("rolls the whole replacement back when the database fails halfway", async () => {
    const edition = uniqueEdition("gagal");
    await ref.importEdition(admin.token, edition);
    const before = await ref.editionSnapshot(edition);
    // A trigger that fails the line insert, which runs after the items were already upserted.
    await query(
      databaseUrl,
      `
      CREATE OR REPLACE FUNCTION ahsp_test_fail_line() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."kodeItem" = 'ROLLBACK-PROBE' THEN RAISE EXCEPTION 'probe'; END IF; RETURN NEW; END $$`,
    );
    await query(
      databaseUrl,
      `CREATE TRIGGER ahsp_test_fail_line BEFORE INSERT ON "AhspLine" FOR EACH ROW EXECUTE FUNCTION ahsp_test_fail_line()`,
    );
    try {
      const rows = fixtureRows().filter((r) => r[0] !== "91.2.2");
      rows.push(row("91.4.1", "TK", "ROLLBACK-PROBE", "Pekerja", "0.5", { nama: "Item pemicu kegagalan" }));
      const res = await ref.upload(admin.token, fixtureCsv(rows), { edition });
      expect(res.status).toBe(500);
    } finally {
      await query(databaseUrl, `DROP TRIGGER ahsp_test_fail_line ON "AhspLine"; DROP FUNCTION ahsp_test_fail_line()`);
    }
    expect(await ref.editionSnapshot(edition)).toEqual(before);
  });

  it("refuses to confirm a file other than the one that was checked", async () => {
    const edition = uniqueEdition("hash");
    const res = await ref.upload(admin.token, fixtureCsv(), { edition, expectedHash: "0".repeat(64) });
    expect(res.status).toBe(409);
    expect(await query(databaseUrl, `SELECT 1 FROM "AhspEdition" WHERE name = $1`, [edition])).toEqual([]);
  });
});

describe("upload guards", () => {
  const edition = uniqueEdition("batas");

  it("answers 401 without a session or token and 403 for a signed-in user who is not an admin", async () => {
    expect((await ref.call(`/api/v1/ahsp/import?edition=x`, { method: "POST", body: fixtureCsv() })).status).toBe(401);
    const user = await ref.newUser("bukan-admin");
    const res = await ref.upload(user.token, fixtureCsv(), { edition });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
  });

  it("answers 413 above 20 MB, declared or streamed", async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, "a");
    const declared = await ref.upload(admin.token, big, { edition, dryRun: "true" });
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe("PAYLOAD_TOO_LARGE");

    const chunk = new Uint8Array(1024 * 1024).fill(97);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 22) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(`${inject("baseUrl")}/api/v1/ahsp/import?edition=x&dryRun=true`, {
      method: "POST",
      body: stream,
      headers: { authorization: `Bearer ${admin.token}`, "content-type": "text/csv" },
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("answers 415 for content that is neither CSV nor XLSX, whatever its declared type", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const xls = Buffer.from("d0cf11e0a1b11ae1000000000000000000", "hex");
    for (const [body, type] of [
      [png, "text/csv"],
      [xls, "application/vnd.ms-excel"],
    ] as const) {
      const res = await ref.upload(admin.token, body, { edition, dryRun: "true" }, { "content-type": type });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
    const form = new FormData();
    form.set("file", new Blob([fixtureCsv()]), "ahsp.csv");
    const multipart = await ref.call(`/api/v1/ahsp/import?edition=x&dryRun=true`, { method: "POST", body: form, token: admin.token });
    expect(multipart.status).toBe(415);
  });

  it("answers 400 with the parser's reason for a CSV without the required columns", async () => {
    const res = await ref.upload(admin.token, "kode,nama\n1,Galian\n", { edition, dryRun: "true" });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fileError.code).toBe("MISSING_COLUMNS");
  });

  it("lets a user import once `npm run user:admin` granted the flag", async () => {
    const user = await ref.newUser("calon-admin");
    expect((await ref.upload(user.token, fixtureCsv(), { edition, dryRun: "true" })).status).toBe(403);
    const cli = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/user-admin.ts", user.email], {
      cwd: ROOT,
      env: { ...process.env, ...TSX_ENV, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain("sekarang admin");
    expect((await ref.upload(user.token, fixtureCsv(), { edition, dryRun: "true" })).status).toBe(200);
  });
});
