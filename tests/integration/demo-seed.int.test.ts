// The demo library that `npm start` seeds, written to a real database through the import
// service and read back row by row: it must be the library the replaced TypeScript literal
// held, and a second start must write nothing.
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FROM_OLD_LITERAL, itemsFingerprint } from "@/lib/ahsp/test-support";
import type { AhspItem, Kategori } from "@/lib/ahsp";
import { freshDatabase, query } from "../support/database";

// Its own database: the demo edition would otherwise show up in other files' searches.
const DATABASE = `rab_test_demo_seed${process.env.TEST_DB_SUFFIX ? `_${process.env.TEST_DB_SUFFIX}` : ""}`;

let databaseUrl: string;
let seed: typeof import("@/prisma/seed/demo");
let dbClient: typeof import("@/lib/db/client");

beforeAll(async () => {
  databaseUrl = await freshDatabase(DATABASE);
  process.env.DATABASE_URL = databaseUrl;
  seed = await import("@/prisma/seed/demo");
  dbClient = await import("@/lib/db/client");
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

describe("the demo library seed", () => {
  it("stores the library the old TypeScript literal held, then finds it unchanged on the next start", async () => {
    const first = await seed.seedDemoLibrary();
    expect(first.status).toBe("created");
    expect(first.edition).toMatchObject({ name: "AHSP Cipta Karya 2025 (demo)", itemCount: 87, lineCount: 541 });
    const [edition] = await query(databaseUrl, `SELECT citation, "contentHash" FROM "AhspEdition" WHERE id = $1`, [first.edition.id]);
    expect(edition).toEqual({
      citation: "Permen PUPR 8/2023 Lampiran B, bidang Cipta Karya dan Perumahan (pilihan)",
      contentHash: DEMO_FROM_OLD_LITERAL.contentHash,
    });
    expect(itemsFingerprint(await storedItems(first.edition.id))).toBe(DEMO_FROM_OLD_LITERAL.fingerprint);

    const second = await seed.seedDemoLibrary();
    expect(second).toMatchObject({ status: "unchanged", edition: { id: first.edition.id } });
  });
});
