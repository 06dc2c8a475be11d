// Every printed figure re-adds (docs/calculation.md), checked with a calculator's arithmetic over
// generated projects built through the API: bundles, BUK overrides, odd koefisien, volumes to 3
// decimals, every unit-price rounding and PPN rate. In the API's JSON (Rekap RAB, every Rincian
// AHSP, Rekap Kebutuhan, the projects list) and in the Rekap RAB's CSV and XLSX (cached values):
// round2(harga satuan × volume) = jumlah, every subtotal is the sum of its rows, D + PPN = Total.
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Decimal, UNIT_PRICE_ROUNDINGS } from "@/lib/calc";
import { numberAt, readCsv, readWorkbook, rowsByText } from "../support/exports";
import { type LineBody, rabClient } from "../support/rab";

const baseUrl = inject("baseUrl");
const { ok, newUser, newProject, newSection, newPekerjaan, setPrices } = rabClient(baseUrl);

const D = (value: string | number) => new Decimal(String(value));
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const sum = (values: Decimal[]) => values.reduce((s, v) => s.plus(v), D(0));
/** A money string as the API writes it (2 dp). */
const money = (d: Decimal) => d.toFixed(2);
/** id-ID text of a document ("1.234.567,89") as a Decimal; our own unambiguous format. */
const idNumber = (text: string) => D(text.replace(/\./g, "").replace(",", "."));

const RESOURCES: Omit<LineBody, "koefisien">[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH" },
  { kategori: "TK", kode: "L.02", uraian: "Tukang batu", satuan: "OH" },
  { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg" },
  { kategori: "BHN", kode: "B.02", uraian: "Pasir", satuan: "m3" },
  { kategori: "ALT", kode: "A.01", uraian: "Molen", satuan: "jam" },
  { kategori: "LAIN", kode: "X.01", uraian: "Lain-lain", satuan: "ls" },
];

/** A decimal string with `dp` places from an integer: never a float on the way. */
const dec = (max: number, dp: number, min = 0) =>
  fc.integer({ min, max }).map((n) =>
    D(n)
      .div(10 ** dp)
      .toFixed(),
  );

const arbSpec = fc.record({
  rate: dec(1500, 2),
  ppn: dec(2500, 2),
  unitPriceRounding: fc.constantFrom(...UNIT_PRICE_ROUNDINGS),
  prices: fc.array(dec(500_000_000, 2, 1), { minLength: RESOURCES.length, maxLength: RESOURCES.length }),
  pekerjaan: fc.array(
    fc.record({
      volume: dec(5_000_000, 3),
      override: fc.option(dec(2000, 2), { nil: null }),
      lines: fc.array(fc.record({ resource: fc.nat(RESOURCES.length - 1), koefisien: dec(50_000_000, 6, 1) }), {
        minLength: 1,
        maxLength: 4,
      }),
      bundles: fc.array(fc.record({ target: fc.nat(), koefisien: dec(5_000_000, 6, 1) }), { maxLength: 2 }),
    }),
    { minLength: 2, maxLength: 6 },
  ),
});
type Spec = typeof arbSpec extends fc.Arbitrary<infer T> ? T : never;

let token: string;
beforeAll(async () => {
  ({ token } = await newUser("readd"));
});

/** Builds the project; pekerjaan bundle only the first one (itself without bundles), so depth ≤ 1. */
async function build(spec: Spec): Promise<string> {
  const projectId = await newProject(token, { name: "Proyek Uji Re-add", roundingBase: 1000 });
  const base = `/api/v1/projects/${projectId}`;
  await ok(token, `${base}/pricing`, {
    method: "PATCH",
    json: { overheadProfitPercent: spec.rate, ppnPercent: spec.ppn, unitPriceRounding: spec.unitPriceRounding },
  });
  const first = await newSection(token, projectId, "Pekerjaan Persiapan");
  const second = await newSection(token, projectId, "Pekerjaan Struktur");
  const ids: string[] = [];
  for (const [i, p] of spec.pekerjaan.entries()) {
    const lines: LineBody[] = p.lines.map((l) => ({ ...RESOURCES[l.resource]!, koefisien: l.koefisien }));
    if (i > 0) {
      for (const [j, b] of p.bundles.entries()) {
        lines.push({
          kategori: "LAIN",
          kode: `BDL.${i}.${j}`,
          uraian: "Bundle",
          satuan: "m3",
          koefisien: b.koefisien,
          bundlePekerjaanId: ids[0]!,
        });
      }
    }
    const section = i % 2 === 0 ? first : second;
    const id = await newPekerjaan(token, projectId, section.subKlasifikasiId, { uraian: `Pekerjaan ${i + 1}`, lines, volume: p.volume });
    if (p.override !== null) await ok(token, `${base}/pekerjaan/${id}`, { method: "PATCH", json: { overheadProfitPercent: p.override } });
    ids.push(id);
  }
  const used = new Set(spec.pekerjaan.flatMap((p) => p.lines.map((l) => l.resource)));
  await setPrices(token, projectId, Object.fromEntries([...used].map((i) => [RESOURCES[i]!.kode, spec.prices[i]!])));
  return projectId;
}

function roundUnitPrice(g: Decimal, step: string): Decimal {
  return g.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
}

async function download(projectId: string, file: string): Promise<Buffer> {
  const res = await fetch(`${baseUrl}/api/v1/projects/${projectId}/exports/${file}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function checkRekapRab(projectId: string, spec: Spec) {
  const rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
  const pekerjaan = [];
  for (const k of rekap.klasifikasi) {
    for (const s of k.subKlasifikasi) {
      for (const p of s.pekerjaan) {
        expect(p.jumlah).toBe(money(round2(D(p.hargaSatuan).times(p.volume))));
        expect(p.hargaSatuan).toBe(money(roundUnitPrice(D(p.G), spec.unitPriceRounding)));
        expect(p.G).toBe(money(D(p.E).plus(p.F)));
        expect(p.E).toBe(money(sum([p.A, p.B, p.C, p.L].map(D))));
        pekerjaan.push(p);
      }
      expect(s.jumlah).toBe(money(sum(s.pekerjaan.map((p: { jumlah: string }) => D(p.jumlah)))));
    }
    expect(k.jumlah).toBe(money(sum(k.subKlasifikasi.map((s: { jumlah: string }) => D(s.jumlah)))));
  }
  const t = rekap.totals;
  expect(t.totalBiayaLangsung).toBe(money(sum(rekap.klasifikasi.map((k: { jumlah: string }) => D(k.jumlah)))));
  expect(t.ppn).toBe(money(round2(D(t.totalBiayaLangsung).times(spec.ppn).div(100))));
  expect(t.total).toBe(money(D(t.totalBiayaLangsung).plus(t.ppn)));
  expect(t.unitPriceRounding).toBe(spec.unitPriceRounding);
  return { rekap, pekerjaan };
}

async function checkRincian(projectId: string, pekerjaanId: string, rekapRow: { hargaSatuan: string; jumlah: string }, spec: Spec) {
  const r = await ok(token, `/api/v1/projects/${projectId}/rincian-ahsp/${pekerjaanId}`);
  const byKategori: Record<string, Decimal[]> = { TK: [], BHN: [], ALT: [], LAIN: [] };
  for (const line of r.lines) {
    expect(line.jumlah).toBe(money(round2(D(line.koefisien).times(line.harga))));
    byKategori[line.kategori]!.push(D(line.jumlah));
  }
  expect([r.A, r.B, r.C, r.L]).toEqual(["TK", "BHN", "ALT", "LAIN"].map((k) => money(sum(byKategori[k]!))));
  expect(r.E).toBe(money(sum([r.A, r.B, r.C, r.L].map(D))));
  expect(r.F).toBe(money(round2(D(r.E).times(r.overheadProfitPercent).div(100))));
  expect(r.G).toBe(money(D(r.E).plus(r.F)));
  expect(r.hargaSatuan).toBe(money(roundUnitPrice(D(r.G), spec.unitPriceRounding)));
  expect(r.jumlah).toBe(money(round2(D(r.hargaSatuan).times(r.pekerjaan.volume))));
  // One set of figures: the Rincian prints what the Rekap RAB prints.
  expect([r.hargaSatuan, r.jumlah]).toEqual([rekapRow.hargaSatuan, rekapRow.jumlah]);
}

async function checkKebutuhan(projectId: string) {
  const k = await ok(token, `/api/v1/projects/${projectId}/rekap-kebutuhan`);
  const byKategori: Record<string, Decimal[]> = { TK: [], BHN: [], ALT: [], LAIN: [] };
  for (const item of k.items) {
    expect(D(item.quantity).decimalPlaces()).toBeLessThanOrEqual(3);
    expect(item.jumlah).toBe(money(round2(D(item.quantity).times(item.harga))));
    byKategori[item.kategori]!.push(D(item.jumlah));
  }
  for (const kategori of ["TK", "BHN", "ALT", "LAIN"]) expect(k.totals[kategori]).toBe(money(sum(byKategori[kategori]!)));
  expect(k.totals.total).toBe(money(sum(["TK", "BHN", "ALT", "LAIN"].map((c) => D(k.totals[c])))));
}

async function checkCsv(projectId: string, rekap: any, pekerjaan: any[]) {
  const records = readCsv(await download(projectId, "rekap-rab.csv"));
  const byUraian = new Map(records.map((r) => [r[2], r]));
  for (const p of pekerjaan) {
    const record = byUraian.get(p.uraian)!;
    const [volume, hargaSatuan, jumlah] = [record[4]!, record[5]!, record[6]!].map(idNumber);
    expect(money(round2(hargaSatuan!.times(volume!)))).toBe(money(jumlah!));
    expect([money(hargaSatuan!), money(jumlah!)]).toEqual([p.hargaSatuan, p.jumlah]);
  }
  const total = (label: string) => idNumber(records.find((r) => r[0]?.startsWith(label))![6]!);
  const d = total("JUMLAH BIAYA LANGSUNG");
  expect(money(d)).toBe(rekap.totals.totalBiayaLangsung);
  expect(money(d.plus(total("PPN")))).toBe(money(total("JUMLAH TOTAL")));
}

async function checkXlsx(projectId: string, rekap: any, pekerjaan: any[]) {
  const workbook = await readWorkbook(await download(projectId, "rekap-rab.xlsx"));
  const sheet = workbook.getWorksheet("RAB")!;
  const cached = (row: { getCell(c: number): Parameters<typeof numberAt>[0] }, column: number) => D(numberAt(row.getCell(column)));
  const byUraian = rowsByText(sheet, 3, 10);
  for (const p of pekerjaan) {
    const row = byUraian.get(p.uraian)!;
    expect(money(round2(cached(row, 6).times(cached(row, 5))))).toBe(money(cached(row, 7)));
    expect([money(cached(row, 6)), money(cached(row, 7))]).toEqual([p.hargaSatuan, p.jumlah]);
  }
  const totals = rowsByText(sheet, 1, 10);
  const at = (label: string) => cached([...totals].find(([text]) => text.startsWith(label))![1], 7);
  expect(money(at("JUMLAH BIAYA LANGSUNG"))).toBe(rekap.totals.totalBiayaLangsung);
  expect(money(at("JUMLAH BIAYA LANGSUNG").plus(at("PPN")))).toBe(money(at("JUMLAH TOTAL")));
}

describe("every printed figure re-adds, over generated projects", () => {
  it.each(UNIT_PRICE_ROUNDINGS)(
    "unit-price rounding %s: API JSON, the projects list, the Rekap RAB CSV and XLSX",
    async (rounding) => {
      await fc.assert(
        fc.asyncProperty(arbSpec, async (generated) => {
          const spec = { ...generated, unitPriceRounding: rounding };
          const projectId = await build(spec);
          const { rekap, pekerjaan } = await checkRekapRab(projectId, spec);
          for (const p of pekerjaan) await checkRincian(projectId, p.id, p, spec);
          await checkKebutuhan(projectId);
          await checkCsv(projectId, rekap, pekerjaan);
          await checkXlsx(projectId, rekap, pekerjaan);
          const list = await ok(token, `/api/v1/projects?pageSize=100`);
          const listed = list.find((p: { id: string }) => p.id === projectId);
          expect([listed.total, listed.pembulatan]).toEqual([rekap.totals.total, rekap.totals.pembulatan]);
        }),
        { numRuns: 3 },
      );
    },
    120_000,
  );
});
