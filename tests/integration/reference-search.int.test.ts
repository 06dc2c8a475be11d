// Library search and item detail over HTTP, on a fixture edition of their own (every query
// is filtered to it, so other tests' editions cannot change the answers).
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SearchHit as Hit } from "@/lib/reference/types";
import { FIXTURE_KODES, referenceClient, uniqueEdition } from "../support/reference";

const ref = referenceClient(inject("baseUrl"), inject("databaseUrl"));
let token: string;
let editionId: string;

async function search(params: Record<string, string>) {
  const res = await ref.call(`/api/v1/ahsp?${new URLSearchParams({ edition: editionId, ...params })}`, { token });
  if (res.status !== 200) throw new Error(`search ${JSON.stringify(params)} → ${res.status} ${JSON.stringify(res.body)}`);
  return { hits: res.body.data as Hit[], meta: res.body.meta as { nextCursor: string | null; correctedQuery: string | null } };
}

const kodes = (hits: Hit[]) => hits.map((h) => h.kode);

beforeAll(async () => {
  const admin = await ref.newAdmin("cari");
  token = admin.token;
  editionId = await ref.importEdition(token, uniqueEdition("cari"));
});

describe("ranking", () => {
  it("puts kode prefix matches first, the exact kode on top, then in the standard's order", async () => {
    const { hits } = await search({ q: "91.2.1" });
    expect(kodes(hits)).toEqual(["91.2.1", "91.2.10"]);
    expect(hits.map((h) => h.match)).toEqual(["kode", "kode"]);
    expect(kodes((await search({ q: "91.2" })).hits)).toEqual(["91.2.1", "91.2.2", "91.2.10"]);
  });

  it("finds words with full-text search, then words inside longer words", async () => {
    const beton = await search({ q: "beton 20 mpa" });
    expect(kodes(beton.hits)).toEqual(["91.2.1"]);
    expect(beton.hits[0]).toMatchObject({ match: "fulltext", satuan: "m3", lineCount: 3, edition: { id: editionId } });

    const galian = await search({ q: "galian tanah" });
    // "Urugan kembali galian tanah" has both words; "Penggalian … tanah" only contains "galian".
    expect(kodes(galian.hits)).toEqual(["91.1.2", "91.1.1"]);
    expect(galian.hits.map((h) => h.match)).toEqual(["fulltext", "substring"]);
  });

  it("matches the last word as a prefix while it is being typed", async () => {
    expect(kodes((await search({ q: "bekist" })).hits)).toEqual(["91.2.10"]);
  });

  it("falls back to similar words for misspellings, and says what it searched for", async () => {
    const betom = await search({ q: "betom" });
    expect(kodes(betom.hits).sort()).toEqual(["91.2.1", "91.2.2"]);
    expect(betom.hits.every((h) => h.match === "fuzzy")).toBe(true);
    expect(betom.meta.correctedQuery).toBe("beton");

    const galain = await search({ q: "galain tanah" });
    expect(kodes(galain.hits)).toEqual(expect.arrayContaining(["91.1.1", "91.1.2"]));
    expect(galain.meta.correctedQuery).toMatch(/^gali\w* tanah$/);
  });

  it("filters by kategori: items with at least one line of it", async () => {
    expect(kodes((await search({ q: "", kategori: "LAIN" })).hits)).toEqual(["91.3.1"]);
    expect(kodes((await search({ q: "beton", kategori: "ALT" })).hits)).toEqual(["91.2.1"]);
  });
});

describe("pagination", () => {
  it("walks every item exactly once with the keyset cursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search({ q: "", limit: "2", ...(cursor && { cursor }) });
      expect(page.hits.length).toBeLessThanOrEqual(2);
      seen.push(...kodes(page.hits));
      cursor = page.meta.nextCursor;
    } while (cursor);
    expect(seen).toEqual(FIXTURE_KODES);
  });

  it("pages ranked results without repeating them", async () => {
    const first = await search({ q: "beton", limit: "1" });
    const second = await search({ q: "beton", limit: "1", cursor: first.meta.nextCursor ?? "" });
    expect(new Set([...kodes(first.hits), ...kodes(second.hits)]).size).toBe(2);
  });

  it("keeps each edition's equal-ranked items together, in kode order, across pages", async () => {
    await ref.importEdition(token, uniqueEdition("cari kedua"));
    const hits: Hit[] = [];
    let cursor: string | null = null;
    do {
      const params: Record<string, string> = { q: "91.2.", limit: "4", ...(cursor && { cursor }) };
      const res = await ref.call(`/api/v1/ahsp?${new URLSearchParams(params)}`, { token });
      hits.push(...(res.body.data as Hit[]));
      cursor = res.body.meta.nextCursor;
    } while (cursor);
    expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
    const runs = hits.map((h) => h.edition.id).filter((id, i, all) => id !== all[i - 1]);
    expect(new Set(runs).size, "an edition's items are split up").toBe(runs.length);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    // Other tests' editions hold variants of the fixture: each must still come in the standard's order.
    const order = ["91.2.1", "91.2.2", "91.2.10"];
    for (const editionId of runs) {
      const ranks = kodes(hits.filter((h) => h.edition.id === editionId)).map((kode) => order.indexOf(kode));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(kodes(hits.filter((h) => h.edition.id === editionId))).toEqual(order);
  });

  it("answers 400 for a cursor it did not make and for limits out of range", async () => {
    const invalid: Record<string, string>[] = [
      { cursor: "bukan-cursor" },
      { limit: "0" },
      { limit: "101" },
      { kategori: "XYZ" },
      { edition: "x" },
    ];
    for (const params of invalid) {
      const res = await ref.call(`/api/v1/ahsp?${new URLSearchParams(params)}`, { token });
      expect(res.status, JSON.stringify(params)).toBe(400);
    }
  });
});

describe("hostile queries", () => {
  const HOSTILE = [
    "'",
    '"',
    "\\",
    "&|!():*",
    "beton & | ! ( ) : * <-> \\\\",
    "!beton",
    "beton:*",
    '\'; DROP TABLE "AhspItem"; --',
    "%_%",
    "91.2.%",
    "(((((",
    "a".repeat(1000),
    "beton ".repeat(166) + "mpa!",
    "\u0001\u001f",
    "😀 beton 🧱",
    "ملاط",
  ];

  it("never errors and never reads q as syntax", async () => {
    for (const q of HOSTILE) {
      const res = await ref.call(`/api/v1/ahsp?${new URLSearchParams({ q, edition: editionId })}`, { token });
      expect(res.status, JSON.stringify(q.slice(0, 40))).toBe(200);
      expect(Array.isArray(res.body.data)).toBe(true);
    }
    // A NUL can not reach PostgreSQL text at all: it is refused on the field, never a 500.
    const nul = await ref.call(`/api/v1/ahsp?${new URLSearchParams({ q: "beton\u0000", edition: editionId })}`, { token });
    expect(nul.status).toBe(400);
    expect(nul.body.error.details.fields).toEqual([expect.objectContaining({ path: "query.q" })]);
    // Operators are dropped and the words stay: "!beton" finds beton instead of excluding it.
    expect(kodes((await search({ q: "!beton" })).hits).sort()).toEqual(["91.2.1", "91.2.2"]);
  });
});

describe("GET /api/v1/ahsp/{id} and /api/v1/ahsp/editions", () => {
  it("returns the item with its ordered lines, exact koefisien and nested references both ways", async () => {
    const [bata] = (await search({ q: "91.3.1" })).hits;
    const res = await ref.call(`/api/v1/ahsp/${bata?.id}`, { token });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ kode: "91.3.1", satuan: "m2", lineCount: 3, edition: { id: editionId } });
    expect(res.body.data.lines).toEqual([
      expect.objectContaining({ position: 1, kategori: "TK", kodeItem: "TK-0010", koefisien: "0.1", nestedItem: null }),
      expect.objectContaining({ position: 2, kategori: "BHN", kodeItem: "B-0040", koefisien: "70", satuanItem: "bh" }),
      expect.objectContaining({
        position: 3,
        kategori: "LAIN",
        koefisien: "0.043",
        nestedItem: expect.objectContaining({ kode: "91.2.1" }),
      }),
    ]);
    const nestedId = res.body.data.lines[2].nestedItem.id;
    const beton = await ref.call(`/api/v1/ahsp/${nestedId}`, { token });
    expect(beton.body.data.nestedIn).toEqual([expect.objectContaining({ kode: "91.3.1" })]);
  });

  it("answers 404 for an unknown or malformed id and 401 without auth", async () => {
    expect((await ref.call(`/api/v1/ahsp/00000000-0000-4000-8000-000000000000`, { token })).status).toBe(404);
    expect((await ref.call(`/api/v1/ahsp/bukan-uuid`, { token })).status).toBe(404);
    expect((await ref.call(`/api/v1/ahsp?q=beton`)).status).toBe(401);
  });

  it("lists editions with their counts", async () => {
    const res = await ref.call("/api/v1/ahsp/editions", { token });
    expect(res.body.data).toContainEqual(expect.objectContaining({ id: editionId, itemCount: 6, lineCount: 13 }));
  });
});
