/** Helpers for the estimating-core integration tests: build projects through the HTTP API. */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { apiClient, type CallOptions } from "./api";

export interface LineBody {
  kategori: "TK" | "BHN" | "ALT" | "LAIN";
  kode: string;
  uraian: string;
  satuan: string;
  koefisien: string | number;
  bundlePekerjaanId?: string | null;
}

export function rabClient(baseUrl: string) {
  const { call, newUser } = apiClient(baseUrl);

  /** A call that must answer `status`; returns `data`, or throws with the whole answer. */
  async function ok<T = any>(token: string, path: string, options: Omit<CallOptions, "token"> = {}, status = 200): Promise<T> {
    const res = await call(path, { ...options, token });
    if (res.status !== status) {
      throw new Error(`${options.method ?? "GET"} ${path} → ${res.status}, expected ${status}: ${JSON.stringify(res.body)}`);
    }
    return res.body.data as T;
  }

  async function newProject(token: string, fields: Record<string, unknown> = {}): Promise<string> {
    const body = {
      name: "Gedung Uji",
      location: "Bandung",
      client: "Dinas PU",
      fundingSource: "APBD",
      startDate: "2026-01-05",
      durationDays: 120,
      ...fields,
    };
    return (await ok(token, "/api/v1/projects", { json: body }, 201)).id;
  }

  /** A klasifikasi with one sub-klasifikasi; returns both ids. */
  async function newSection(token: string, projectId: string, name = "Pekerjaan Struktur") {
    const klasifikasi = await ok(token, `/api/v1/projects/${projectId}/klasifikasi`, { json: { name } }, 201);
    const sub = await ok(
      token,
      `/api/v1/projects/${projectId}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`,
      { json: { name: `${name} - umum` } },
      201,
    );
    return { klasifikasiId: klasifikasi.id as string, subKlasifikasiId: sub.id as string };
  }

  /** A custom pekerjaan with lines and a fixed volume. */
  async function newPekerjaan(
    token: string,
    projectId: string,
    subKlasifikasiId: string,
    spec: { uraian: string; lines?: LineBody[]; volume?: string; satuan?: string; kode?: string },
  ): Promise<string> {
    const base = `/api/v1/projects/${projectId}/pekerjaan`;
    const { id } = await ok(
      token,
      base,
      { json: { subKlasifikasiId, source: "custom", uraian: spec.uraian, satuan: spec.satuan ?? "m3", kode: spec.kode } },
      201,
    );
    if (spec.lines) await ok(token, `${base}/${id}/lines`, { method: "PUT", json: { lines: spec.lines } });
    if (spec.volume) await ok(token, `${base}/${id}/volume`, { method: "PUT", json: { value: spec.volume } });
    return id;
  }

  function setPrices(token: string, projectId: string, prices: Record<string, string | number>) {
    const items = Object.entries(prices).map(([kode, harga]) => ({ kode, harga }));
    return ok(token, `/api/v1/projects/${projectId}/harga-items`, { method: "PATCH", json: { items } });
  }

  return { call, newUser, ok, newProject, newSection, newPekerjaan, setPrices };
}

export interface AhspSeedLine {
  kategori: LineBody["kategori"];
  kodeItem: string;
  uraianItem: string;
  satuanItem: string;
  koefisien: string;
}

export interface AhspSeedItem {
  kode: string;
  uraian: string;
  satuan: string;
  lines: AhspSeedLine[];
}

/**
 * A reference-library item written straight into the test database (the library's import
 * API belongs to another module), in an edition of its own; returns the AhspItem id.
 */
export async function seedAhspItem(databaseUrl: string, item: AhspSeedItem): Promise<string> {
  const [id] = await seedAhspEdition(databaseUrl, `Uji ${randomUUID()}`, [item]);
  return id!;
}

/**
 * An edition holding `items` (in that order), set-based: a few hundred items take one round trip
 * per table. Returns the item ids in order. Search finds them by kode prefix (the words index is
 * the import's materialized view, not refreshed here).
 */
export async function seedAhspEdition(databaseUrl: string, name: string, items: readonly AhspSeedItem[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const editionId = randomUUID();
    const ids = items.map(() => randomUUID());
    const lines = items.flatMap((item, i) => item.lines.map((line, position) => ({ ...line, itemId: ids[i]!, position })));
    await client.query(`INSERT INTO "AhspEdition" (id, name, "itemCount", "lineCount") VALUES ($1, $2, $3, $4)`, [
      editionId,
      name,
      items.length,
      lines.length,
    ]);
    await client.query(
      `INSERT INTO "AhspItem" (id, "editionId", kode, uraian, satuan, position, "lineCount")
       SELECT t.id, $1, t.kode, t.uraian, t.satuan, t.ord - 1, t.n
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[]) WITH ORDINALITY AS t(id, kode, uraian, satuan, n, ord)`,
      [editionId, ids, items.map((i) => i.kode), items.map((i) => i.uraian), items.map((i) => i.satuan), items.map((i) => i.lines.length)],
    );
    await client.query(
      `INSERT INTO "AhspLine" (id, "itemId", position, kategori, "kodeItem", "uraianItem", "satuanItem", koefisien)
       SELECT gen_random_uuid(), t.item, t.position, t.kategori::"Kategori", t.kode, t.uraian, t.satuan, t.koefisien
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[])
           AS t(item, position, kategori, kode, uraian, satuan, koefisien)`,
      [
        lines.map((l) => l.itemId),
        lines.map((l) => l.position),
        lines.map((l) => l.kategori),
        lines.map((l) => l.kodeItem),
        lines.map((l) => l.uraianItem),
        lines.map((l) => l.satuanItem),
        lines.map((l) => l.koefisien),
      ],
    );
    return ids;
  } finally {
    await client.end();
  }
}
