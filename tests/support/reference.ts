/** Helpers for the reference-library integration tests: fixture files, admins, uploads, SQL. */
import { randomUUID } from "node:crypto";
import { HEADER, row, toCsv } from "@/lib/ahsp/test-support";
import { apiClient, type ApiResponse } from "./api";
import { query } from "./database";

/**
 * A small library with everything the search and import tests look for: kode prefixes
 * (91.2.1 vs 91.2.10), a typo target (beton), "galian" as a word and inside "Penggalian",
 * and a LAIN line bundling another item by its kode (a nested reference).
 */
export function fixtureRows(): string[][] {
  const item = (kode: string, nama: string, satuan = "m3") => ({ nama, satuan, kode });
  const galian = item("91.1.1", "Penggalian 1 m3 tanah biasa sedalam 1 m");
  const urugan = item("91.1.2", "Urugan kembali galian tanah");
  const beton20 = item("91.2.1", "1 m3 beton mutu sedang f'c 20 MPa");
  const beton10 = item("91.2.2", "1 m3 beton mutu rendah f'c 10 MPa");
  const bekisting = item("91.2.10", "Bekisting kolom", "m2");
  const bata = item("91.3.1", "Pasangan bata merah 1 m2", "m2");
  const r = (
    i: { kode: string; nama: string; satuan: string },
    kategori: string,
    kodeItem: string,
    uraian: string,
    koef: string,
    satuanItem = "OH",
  ) => row(i.kode, kategori, kodeItem, uraian, koef, { nama: i.nama, satuan: i.satuan, satuanItem });
  return [
    r(galian, "TK", "TK-0005", "Pekerja", "0.75"),
    r(galian, "TK", "TK-0001", "Mandor", "0.025"),
    r(urugan, "TK", "TK-0005", "Pekerja", "0.5"),
    r(beton20, "TK", "TK-0005", "Pekerja", "1.65"),
    r(beton20, "BHN", "B-0152", "Semen Portland", "352", "kg"),
    r(beton20, "ALT", "PR-0001", "Molen", "0.25", "hari"),
    r(beton10, "TK", "TK-0005", "Pekerja", "1.65"),
    r(beton10, "BHN", "B-0152", "Semen Portland", "247", "kg"),
    r(bekisting, "TK", "TK-0003", "Tukang Kayu", "0.33"),
    r(bekisting, "BHN", "B-0060", "Kayu papan 3/20 cm", "0.04", "m3"),
    r(bata, "TK", "TK-0010", "Tukang batu/tembok", "0.1"),
    r(bata, "BHN", "B-0040", "Bata merah", "70", "bh"),
    r(bata, "LAIN", "91.2.1", "Beton untuk kolom praktis", "0.043", "m3"),
  ];
}

export const FIXTURE_KODES = ["91.1.1", "91.1.2", "91.2.1", "91.2.2", "91.2.10", "91.3.1"];

export function fixtureCsv(rows: string[][] = fixtureRows()): string {
  return toCsv([[...HEADER], ...rows]);
}

export function uniqueEdition(label: string): string {
  return `Uji ${label} ${randomUUID().slice(0, 8)}`;
}

export function referenceClient(baseUrl: string, databaseUrl: string) {
  const api = apiClient(baseUrl);

  /** A fresh user with the admin flag (set in the database: the first-user rule depends on test order). */
  async function newAdmin(label = "admin") {
    const user = await api.newUser(label);
    await query(databaseUrl, `UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [user.id]);
    return user;
  }

  function upload(
    token: string,
    body: BodyInit,
    query: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> {
    return api.call(`/api/v1/ahsp/import?${new URLSearchParams(query)}`, {
      method: "POST",
      body,
      token,
      headers: { "content-type": "text/csv", ...headers },
    });
  }

  /** Imports the fixture (or given CSV) as a new edition and returns the edition id. */
  async function importEdition(token: string, edition: string, csv = fixtureCsv()): Promise<string> {
    const res = await upload(token, csv, { edition });
    if (res.status !== 201) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.outcome.edition.id as string;
  }

  /** Item rows of an edition as stored: what "nothing was written" is checked against. */
  async function editionSnapshot(edition: string) {
    const [head] = await query(
      databaseUrl,
      `SELECT id, "contentHash", "importedAt", "itemCount", "lineCount" FROM "AhspEdition" WHERE name = $1`,
      [edition],
    );
    const items = await query(
      databaseUrl,
      `SELECT i.id, i.kode, i.uraian, count(l.id)::int AS lines, string_agg(l.koefisien::text, ',' ORDER BY l.position) AS koefisien
       FROM "AhspItem" i JOIN "AhspEdition" e ON e.id = i."editionId" LEFT JOIN "AhspLine" l ON l."itemId" = i.id
       WHERE e.name = $1 GROUP BY i.id ORDER BY i.kode`,
      [edition],
    );
    return { head, items };
  }

  return { ...api, newAdmin, upload, importEdition, editionSnapshot };
}
