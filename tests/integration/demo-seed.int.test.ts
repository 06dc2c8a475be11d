// The demo content `npm start` seeds, written to a real database through the import service
// and the snapshot writer: the shipped library exactly as the file holds it, with its
// validation report kept for admins; the sample project, finished and priced; a second start
// that writes nothing and keeps the user's edits. Then the estimator's words searched in the
// real library.
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemsFingerprint } from "@/lib/ahsp/test-support";
import type { AhspItem, Kategori } from "@/lib/ahsp";
import { K_GRADES } from "@/lib/reference/search-terms";
import { freshDatabase, query } from "../support/database";

// Its own database: 2,305 items of one more edition would show up in other files' searches.
const DATABASE = `rab_test_demo_seed${process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : ""}`;

let databaseUrl: string;
let seed: typeof import("@/prisma/seed/demo");
let library: typeof import("@/prisma/seed/ahsp-library");
let sample: typeof import("@/prisma/seed/sample-project");
let search: typeof import("@/lib/reference/search");
let dbClient: typeof import("@/lib/db/client");
let first: Awaited<ReturnType<typeof import("@/prisma/seed/demo").seedDemoContent>>;

beforeAll(async () => {
  databaseUrl = await freshDatabase(DATABASE);
  process.env.DATABASE_URL = databaseUrl;
  seed = await import("@/prisma/seed/demo");
  library = await import("@/prisma/seed/ahsp-library");
  sample = await import("@/prisma/seed/sample-project");
  search = await import("@/lib/reference/search");
  dbClient = await import("@/lib/db/client");
  const started = performance.now();
  first = await seed.seedDemoContent();
  console.log(`[demo-seed] library + sample project on an empty database: ${(performance.now() - started).toFixed(0)} ms`);
});

afterAll(async () => {
  await dbClient?.disconnectDb();
});

interface StoredLine {
  kode: string;
  uraian: string;
  satuan: string;
  citation: string | null;
  klasifikasi: string | null;
  subKlasifikasi: string | null;
  position: number;
  kategori: Kategori;
  kodeItem: string;
  uraianItem: string;
  satuanItem: string;
  koefisien: string;
  nestedKode: string | null;
}

/** The edition's items and lines as stored, in the shape the parser produces. */
async function storedItems(editionId: string): Promise<AhspItem[]> {
  const rows = await query<StoredLine>(
    databaseUrl,
    `SELECT i.kode, i.uraian, i.satuan, i.citation, i.klasifikasi, i."subKlasifikasi", l.position, l.kategori,
            l."kodeItem", l."uraianItem", l."satuanItem", l.koefisien::text AS koefisien, n.kode AS "nestedKode"
       FROM "AhspItem" i JOIN "AhspLine" l ON l."itemId" = i.id LEFT JOIN "AhspItem" n ON n.id = l."nestedItemId"
      WHERE i."editionId" = $1 ORDER BY i.position, l.position`,
    [editionId],
  );
  const items = new Map<string, AhspItem>();
  for (const r of rows) {
    const item = items.get(r.kode) ?? { kode: r.kode, uraian: r.uraian, satuan: r.satuan, lines: [] };
    if (r.citation !== null) item.citation = r.citation;
    if (r.klasifikasi !== null) item.klasifikasi = r.klasifikasi;
    if (r.subKlasifikasi !== null) item.subKlasifikasi = r.subKlasifikasi;
    // numeric(18,6) reads back as "0.005000"; the parser's canonical form is "0.005".
    const line = { position: r.position, kategori: r.kategori, kodeItem: r.kodeItem, uraianItem: r.uraianItem, satuanItem: r.satuanItem };
    item.lines.push({
      ...line,
      koefisien: new Decimal(r.koefisien).toString(),
      ...(r.nestedKode !== null && { nestedKode: r.nestedKode }),
    });
    items.set(r.kode, item);
  }
  return [...items.values()];
}

async function demoProjects(): Promise<{ id: string; name: string }[]> {
  return query(databaseUrl, `SELECT p.id, p.name FROM "Project" p JOIN "User" u ON u.id = p."ownerId" WHERE u.email = $1`, [
    seed.DEMO_ACCOUNT.email,
  ]);
}

describe("the demo seed", () => {
  it("stores the shipped library exactly, as edition AHSP Cipta Karya 2025 with its validation report", async () => {
    expect(first.library.status).toBe("created");
    expect(first.library.edition).toMatchObject({
      name: "AHSP Cipta Karya 2025",
      citation: "Permen PUPR 8/2023 Lampiran B",
      itemCount: 2305,
      lineCount: 14036,
    });
    const parsed = await library.loadAhspLibrary();
    expect(itemsFingerprint(await storedItems(first.library.edition.id))).toBe(itemsFingerprint(parsed.items));
    const [edition] = await query(databaseUrl, `SELECT report FROM "AhspEdition" WHERE id = $1`, [first.library.edition.id]);
    expect(edition?.report.counts).toMatchObject({ items: 2305, lines: 14036, rejectedRows: 0 });
    const byType = Object.fromEntries(edition?.report.warnings.map((w: { type: string; count: number }) => [w.type, w.count]));
    expect(byType).toMatchObject({ KOEFISIEN_ZERO: 373, NO_TK_LINE: 14, EMPTY_UNIT: 84 });
  });

  it("gives the demo account a finished sample project: priced, with a jadwal and realisasi", async () => {
    const projects = await demoProjects();
    expect(projects).toEqual([{ id: first.sampleProjectId, name: sample.SAMPLE_PROJECT.name }]);
    const projectId = first.sampleProjectId!;
    const [counts] = await query(
      databaseUrl,
      `SELECT (SELECT count(*)::int FROM "Pekerjaan" WHERE "projectId" = $1) AS pekerjaan,
              (SELECT count(*)::int FROM "Pekerjaan" WHERE "projectId" = $1 AND "ahspItemId" IS NOT NULL AND volume > 0) AS linked,
              (SELECT count(*)::int FROM "HargaItem" WHERE "projectId" = $1 AND harga <= 0) AS unpriced,
              (SELECT count(DISTINCT "pekerjaanId")::int FROM "JadwalEntry" WHERE "projectId" = $1) AS planned,
              (SELECT max(week)::int FROM "JadwalEntry" WHERE "projectId" = $1 AND actual IS NOT NULL) AS "lastActualWeek"`,
      [projectId],
    );
    expect(counts).toEqual({
      pekerjaan: sample.SAMPLE_KODES.length,
      linked: sample.SAMPLE_KODES.length,
      unpriced: 0,
      planned: sample.SAMPLE_KODES.length,
      lastActualWeek: 6,
    });
    const { getRekapRab } = await import("@/lib/rekap/rekap-rab");
    const rab = await getRekapRab(projectId);
    expect(rab.unpricedKode).toEqual([]);
    console.log(`[demo-seed] sample project: D ${rab.rekap.totals.totalBiayaLangsung}, total ${rab.rekap.totals.total}`);
    expect(new Decimal(rab.rekap.totals.total).gt(0)).toBe(true);
  });

  it("writes nothing on the next start and keeps the user's edits to the sample", async () => {
    const projectId = first.sampleProjectId!;
    await query(databaseUrl, `UPDATE "Project" SET name = 'Balai Desa (diubah)' WHERE id = $1`, [projectId]);
    await query(databaseUrl, `UPDATE "HargaItem" SET harga = 95000 WHERE "projectId" = $1 AND kode = 'L.01'`, [projectId]);
    const again = await seed.seedDemoContent();
    expect(again.library).toMatchObject({ status: "unchanged", edition: { id: first.library.edition.id } });
    expect(again.sampleProjectId).toBeNull();
    expect(await demoProjects()).toEqual([{ id: projectId, name: "Balai Desa (diubah)" }]);
    const [labour] = await query(databaseUrl, `SELECT harga::text FROM "HargaItem" WHERE "projectId" = $1 AND kode = 'L.01'`, [projectId]);
    expect(labour).toEqual({ harga: "95000.00" });
  });
});

describe("search in the estimator's words, over the real library", () => {
  const find = async (q: string, limit = 100) => {
    const page = await search.searchAhsp({ q, limit });
    return { ...page, kodes: page.items.map((i) => i.kode) };
  };
  const REBAR = ["2.2.1.1.1", "2.2.1.1.2", "2.2.1.1.3", "2.2.1.1.4"];

  it("besi, pembesian, tulangan and penulangan all find the rebar items", async () => {
    for (const q of ["besi", "pembesian", "tulangan", "penulangan"]) {
      const { kodes, correctedQuery } = await find(q);
      expect(kodes, q).toEqual(expect.arrayContaining([...REBAR, "2.2.1.1", "2.2.1.1.5"]));
      expect(correctedQuery, q).toBeNull();
    }
  });

  it("does not correct pembesian to pembersihan, not even next to a typo", async () => {
    const { items } = await find("pembesian");
    expect(items.some((i) => /pembersihan/i.test(i.uraian))).toBe(false);
    const { items: withTypo, correctedQuery } = await find("pembesian kolm");
    // kolm → kolom (or kolam, as close); pembesian stays the besi group.
    expect(correctedQuery?.split(" ")[0]).toBe("besi");
    expect(withTypo.map((i) => i.kode)).toContain("2.2.1.1.3");
    expect(withTypo.some((i) => /pembersihan/i.test(i.uraian))).toBe(false);
  });

  it("begisting finds the bekisting items, as bekisting does", async () => {
    const begisting = await find("begisting kolom");
    const bekisting = await find("bekisting kolom");
    expect(begisting.kodes).toContain("2.2.1.3.4");
    expect(begisting.kodes).toEqual(bekisting.kodes);
  });

  it("fc 25 finds f'c 25 (and not f'c 15 or 20)", async () => {
    const { items } = await find("fc 25");
    expect(items.map((i) => i.kode)).toEqual(expect.arrayContaining(["2.2.1.5.6", "7.1.1.2"]));
    for (const item of items) expect(item.uraian, item.kode).toMatch(/f.?c.?\s*=?\s*25\b/i);
  });

  it("an old K-grade finds the beton of the nearest f'c the library has", async () => {
    expect((await find("beton K-250")).kodes).toEqual(expect.arrayContaining(["2.2.1.4.6", "2.2.1.5.5"])); // f'c 21
    expect((await find("k300")).kodes).toContain("2.2.1.5.6"); // f'c 25
    expect((await find("beton k 175")).kodes).toEqual(expect.arrayContaining(["2.4.6.1", "2.2.1.4.3"])); // f'c 14,5 and 15
    // Every grade of the table names an f'c some library item really has.
    for (const [grade, mpas] of Object.entries(K_GRADES)) {
      const { items } = await find(`K-${grade}`);
      for (const mpa of mpas) {
        const written = new RegExp(`f.?c.?\\s*=?\\s*${mpa.replace(",", ",\\s*")}\\s*MPa`, "i");
        expect(
          items.some((i) => written.test(i.uraian)),
          `K-${grade} → f'c ${mpa}`,
        ).toBe(true);
      }
    }
  });
});
