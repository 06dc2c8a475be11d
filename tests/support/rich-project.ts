/**
 * A project with one of everything a user can make, built through the API, for the copy,
 * backup and template tests: two klasifikasi, a library (ref) pekerjaan, a bundle, a volume
 * formula over parameters, a BUK override, prices, non-default pricing and a jadwal with
 * planned, actual, actual cost and a note. Also the comparison helpers those tests share.
 */
import { expect } from "vitest";
import { type LineBody, rabClient, seedAhspItem } from "./rab";

type Client = ReturnType<typeof rabClient>;

export interface RichProject {
  projectId: string;
  /** Pekerjaan ids by name. */
  ids: Record<"galian" | "beton" | "bekisting" | "kolom" | "pondasi", string>;
  ahspItemId: string;
}

const pekerja: LineBody = { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.75" };
const semen: LineBody = { kategori: "BHN", kode: "M.01", uraian: "Semen", satuan: "kg", koefisien: "326" };
const kayu: LineBody = { kategori: "BHN", kode: "M.02", uraian: "Kayu", satuan: "m3", koefisien: "0.04" };

export async function buildRichProject(client: Client, token: string, databaseUrl: string): Promise<RichProject> {
  const { ok, newProject, newSection, newPekerjaan, setPrices } = client;
  const projectId = await newProject(token, {
    name: "Gedung Asli",
    startDate: "2026-01-07",
    durationDays: 60,
    weekEndDay: 0,
    fiscalYear: 2026,
    ownerBudget: "950000000.50",
    description: "Catatan proyek",
    parties: { owner: { name: "Budi", title: "PPK" }, contractor: { name: "PT Maju", title: "Direktur" } },
  });
  const base = `/api/v1/projects/${projectId}`;
  await ok(token, `${base}/pricing`, { method: "PATCH", json: { ppnPercent: 12, overheadProfitPercent: "12.5", roundingBase: 10000 } });
  const struktur = await newSection(token, projectId, "Pekerjaan Struktur");
  const persiapan = await newSection(token, projectId, "Pekerjaan Persiapan");
  await ok(token, `${base}/parameters`, { json: { name: "panjang", value: "12.5" } }, 201);
  await ok(token, `${base}/parameters`, { json: { name: "lebar", value: 4 } }, 201);

  const galian = await newPekerjaan(token, projectId, persiapan.subKlasifikasiId, {
    uraian: "Galian tanah",
    kode: "A.1",
    lines: [pekerja],
  });
  await ok(token, `${base}/pekerjaan/${galian}/volume`, { method: "PUT", json: { formula: "panjang * lebar * 0.8" } });
  const beton = await newPekerjaan(token, projectId, struktur.subKlasifikasiId, {
    uraian: "Beton K-225",
    lines: [pekerja, semen],
    volume: "18.25",
  });
  const bekisting = await newPekerjaan(token, projectId, struktur.subKlasifikasiId, { uraian: "Bekisting", lines: [pekerja, kayu] });
  const kolom = await newPekerjaan(token, projectId, struktur.subKlasifikasiId, {
    uraian: "Kolom praktis",
    volume: "7",
    lines: [
      { kategori: "LAIN", kode: "BDL.1", uraian: "Beton (bundle)", satuan: "m3", koefisien: "0.15", bundlePekerjaanId: beton },
      { kategori: "LAIN", kode: "BDL.2", uraian: "Bekisting (bundle)", satuan: "m2", koefisien: "1.2", bundlePekerjaanId: bekisting },
      pekerja,
    ],
  });
  await ok(token, `${base}/pekerjaan/${kolom}`, { method: "PATCH", json: { overheadProfitPercent: 20 } });

  const ahspItemId = await seedAhspItem(databaseUrl, {
    kode: "2.2.1.1",
    uraian: "Pondasi batu kali",
    satuan: "m3",
    lines: [
      { kategori: "TK", kodeItem: "L.01", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "1.5" },
      { kategori: "BHN", kodeItem: "M.03", uraianItem: "Batu kali", satuanItem: "m3", koefisien: "1.2" },
    ],
  });
  const pondasi = (
    await ok(token, `${base}/pekerjaan`, { json: { subKlasifikasiId: struktur.subKlasifikasiId, source: "ref", ahspId: ahspItemId } }, 201)
  ).id;
  await ok(token, `${base}/pekerjaan/${pondasi}/volume`, { method: "PUT", json: { value: "3.5" } });

  await setPrices(token, projectId, { "L.01": "115000", "M.01": "1450.75", "M.02": "3200000", "M.03": "285000" });
  await ok(token, `${base}/jadwal/entries`, {
    method: "PUT",
    json: {
      entries: [
        { pekerjaanId: galian, week: 1, planned: 60, actual: 55, actualCost: "1250000", note: "hujan" },
        { pekerjaanId: galian, week: 2, planned: 40, actual: "30.5" },
        { pekerjaanId: beton, week: 3, planned: "33.33", actual: 10 },
        { pekerjaanId: beton, week: 4, planned: "66.67" },
        { pekerjaanId: kolom, week: 5, planned: 100 },
        { pekerjaanId: pondasi, week: 2, planned: 50, actual: 50, actualCost: "500000" },
        { pekerjaanId: pondasi, week: 9, planned: 50 },
      ],
    },
  });
  return { projectId, ids: { galian, beton, bekisting, kolom, pondasi }, ahspItemId };
}

/**
 * An API answer with every id taken out: two projects built alike must answer alike. Keys
 * named `id` or ending in `Id` go; so do the counters (under both names, the old one answered
 * until the next release; the jadwal's per-week `editVersions`, drawn from one sequence) and
 * timestamps, which differ by nature.
 */
export function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== "object") return value;
  const dropped = /^(id|.*Id|editVersions?|version|contentRevision|revision|createdAt|updatedAt)$/;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !dropped.test(k))
      .map(([k, v]) => [k, withoutIds(v)]),
  );
}

/** The reads a copy must reproduce: Rekap RAB, Rekap Kebutuhan, Kurva S, the tree, the jadwal, parameters. */
export const FIDELITY_READS = [
  "rekap-rab",
  "rekap-kebutuhan",
  "kurva-s",
  "kurva-s?view=month",
  "tree",
  "jadwal",
  "parameters",
  "harga-items",
];

export async function expectSameProjectContent(client: Client, token: string, originalId: string, copyId: string, reads = FIDELITY_READS) {
  for (const read of reads) {
    const [original, copy] = await Promise.all([
      client.ok(token, `/api/v1/projects/${originalId}/${read}`),
      client.ok(token, `/api/v1/projects/${copyId}/${read}`),
    ]);
    expect(withoutIds(copy), read).toEqual(withoutIds(original));
  }
}

/** Every pekerjaan of a project's tree, in order. */
export async function treePekerjaan(client: Client, token: string, projectId: string): Promise<any[]> {
  const tree = await client.ok(token, `/api/v1/projects/${projectId}/tree`);
  return tree.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));
}

/**
 * Edits the rich project's estimate the way an addendum does: a volume, a price, a new pekerjaan and
 * the pricing. What a version taken before must not follow.
 */
export async function editEstimate(client: Client, token: string, rich: RichProject): Promise<void> {
  const base = `/api/v1/projects/${rich.projectId}`;
  await client.ok(token, `${base}/pekerjaan/${rich.ids.beton}/volume`, { method: "PUT", json: { value: "20.5" } });
  await client.setPrices(token, rich.projectId, { "L.01": "125000" });
  const tree = await client.ok(token, `${base}/tree`);
  await client.newPekerjaan(token, rich.projectId, tree.klasifikasi[0].subKlasifikasi[0].id, {
    uraian: "Urugan pasir",
    volume: "4",
    lines: [{ kategori: "BHN", kode: "M.09", uraian: "Pasir", satuan: "m3", koefisien: "1.2" }],
  });
  await client.ok(token, `${base}/pricing`, { method: "PATCH", json: { ppnPercent: 11, overheadProfitPercent: 15 } });
}
