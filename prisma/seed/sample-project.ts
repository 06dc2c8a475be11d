import type { AhspItem } from "@/lib/ahsp";
import { evenSpread } from "@/lib/jadwal/spread";
import { toDbDecimal } from "@/lib/kernel/decimal";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "@/lib/snapshot/format";
import { AHSP_LIBRARY_EDITION } from "./ahsp-library";
import { HARGA_DEMO, HARGA_DEMO_SOURCE } from "./harga-demo";

/**
 * The demo account's finished sample project: a village hall (balai desa) of about 150 m²,
 * 44 pekerjaan from the shipped library in the usual klasifikasi order, with volumes, a fully
 * priced Harga Items (harga-demo.ts), a 16-week jadwal and realisasi for the first six weeks
 * (the last two behind plan, so the Kurva S shows a deviasi). A newcomer sees a real RAB on
 * the first click.
 *
 * Written as one project snapshot (lib/snapshot), the format of backups and copies: it is
 * validated whole by parseSnapshot (jadwal rules included) and written in one transaction.
 * Left out on purpose: the library's known defects, e.g. the BjTS/BjTP rebar items 2.2.1.1.1
 * to 2.2.1.1.4, whose parallel material lines (1.02 kg of BjTS and of BjTP per kg) would
 * double their price; wiremesh and the kolom/balok praktis (reinforcement included) stand for
 * the pembesian.
 */

export const SAMPLE_PROJECT = {
  name: "Contoh RAB: Pembangunan Balai Desa Sukamaju",
  location: "Desa Sukamaju, Kecamatan Parigi, Kabupaten Pangandaran",
  client: "Pemerintah Desa Sukamaju",
  fundingSource: "Dana Desa",
  fiscalYear: 2026,
  ownerBudget: "1200000000",
  description: `Proyek contoh dari pustaka ${AHSP_LIBRARY_EDITION.name}; harga dari ${HARGA_DEMO_SOURCE}. Silakan ubah atau hapus.`,
  parties: {
    owner: { name: "H. Ahmad Suryana", title: "Kepala Desa Sukamaju" },
    planningConsultant: { name: "CV Contoh Rekayasa", title: "Konsultan Perencana" },
  },
  startDate: "2026-01-05",
  durationDays: 112,
  weekEndDay: 0,
  overheadProfitPercent: "10",
  ppnPercent: "11",
  roundingBase: 1000,
  unitPriceRounding: "0.01",
} as const;

/** Weeks with realisasi: the first four as planned, then two at 80% of plan. */
const ACTUAL_WEEKS = 6;
const ON_PLAN_WEEKS = 4;
const LATE_FACTOR = "0.8";

/** [kode AHSP, volume, first week, last week] */
type Row = readonly [string, string, number, number];

const TREE: readonly { name: string; sub: readonly { name: string; rows: readonly Row[] }[] }[] = [
  {
    name: "Pekerjaan Persiapan",
    sub: [
      {
        name: "Persiapan Lapangan",
        rows: [
          ["1.1.3.1", "600", 1, 1],
          ["1.1.4.2", "96", 1, 2],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Tanah",
    sub: [
      { name: "Galian", rows: [["1.2.1.1.1", "84.5", 2, 3]] },
      {
        name: "Urugan dan Pemadatan",
        rows: [
          ["1.3.1.1", "28", 4, 5],
          ["1.3.1.2", "12.6", 4, 5],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Pondasi",
    sub: [
      {
        name: "Pondasi Batu Belah",
        rows: [
          ["2.2.2.1.1", "13.2", 3, 3],
          ["2.2.2.1.4", "41.8", 3, 5],
        ],
      },
      {
        name: "Pondasi Telapak",
        rows: [
          ["2.2.1.4.1", "2.4", 3, 3],
          ["2.2.1.3.1", "28.8", 3, 4],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Beton",
    sub: [
      {
        name: "Sloof",
        rows: [
          ["2.2.1.5.4", "9.6", 5, 6],
          ["2.2.1.3.3", "96", 5, 6],
        ],
      },
      {
        name: "Kolom",
        rows: [
          ["2.2.1.5.6", "6.2", 6, 8],
          ["2.2.1.3.4", "112", 6, 8],
        ],
      },
      {
        name: "Balok dan Pelat Lantai",
        rows: [
          ["2.2.1.5.6", "18.4", 8, 10],
          ["2.2.1.3.5", "86", 8, 10],
          ["2.2.1.3.6", "120", 8, 10],
          ["2.2.1.1", "950", 8, 9],
          ["2.2.1.8.2", "34.2", 6, 10],
        ],
      },
      {
        name: "Kolom dan Balok Praktis",
        rows: [
          ["2.2.1.10.1", "96", 9, 11],
          ["2.2.1.10.2", "142", 9, 11],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Pasangan dan Plesteran",
    sub: [
      { name: "Pasangan Dinding", rows: [["3.6.1.8", "478", 8, 11]] },
      {
        name: "Plesteran dan Acian",
        rows: [
          ["3.7.3", "956", 10, 13],
          ["3.7.8", "956", 11, 14],
          ["3.7.10", "180", 12, 13],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Atap",
    sub: [
      { name: "Rangka Atap", rows: [["2.1.1.1", "212", 11, 12]] },
      {
        name: "Penutup Atap",
        rows: [
          ["3.1.1.4", "212", 12, 13],
          ["3.1.1.8", "24", 13, 13],
          ["3.3.5", "64", 13, 13],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Plafon",
    sub: [
      {
        name: "Plafon",
        rows: [
          ["3.5.3.3", "158", 13, 14],
          ["3.5.2.1", "158", 14, 14],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Lantai dan Dinding Keramik",
    sub: [
      {
        name: "Lantai",
        rows: [
          ["3.9.8.2", "148", 13, 15],
          ["3.9.8.6", "118", 15, 15],
        ],
      },
      { name: "Dinding Kamar Mandi", rows: [["3.10.1.4", "36", 14, 14]] },
    ],
  },
  {
    name: "Pekerjaan Kusen, Pintu dan Jendela",
    sub: [
      {
        name: "Kusen dan Daun Pintu",
        rows: [
          ["3.11.3.4", "112", 12, 13],
          ["3.11.1.11", "14.4", 14, 15],
        ],
      },
      {
        name: "Perlengkapan Pintu",
        rows: [
          ["3.11.4.2", "8", 15, 15],
          ["3.11.4.5", "24", 15, 15],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Pengecatan",
    sub: [
      {
        name: "Pengecatan",
        rows: [
          ["3.8.10.1", "612", 14, 16],
          ["3.8.10.2", "344", 15, 16],
          ["3.8.20.1", "158", 15, 16],
          ["3.8.4", "58", 16, 16],
        ],
      },
    ],
  },
  {
    name: "Pekerjaan Sanitair",
    sub: [
      {
        name: "Sanitair",
        rows: [
          ["3.18.3.2", "2", 15, 15],
          ["3.18.1.1", "2", 16, 16],
          ["3.18.6.1", "2", 16, 16],
        ],
      },
    ],
  },
];

/** The library items the sample project uses, in tree order (with repeats). */
export const SAMPLE_KODES: readonly string[] = TREE.flatMap((k) => k.sub.flatMap((s) => s.rows.map(([kode]) => kode)));

/** The audit entry that marks a project as the seeded sample (kept through renames and edits). */
export const SAMPLE_MARKER = "sample-balai-desa";

interface JadwalRow {
  pekerjaan: string;
  week: number;
  planned: string;
  actual: string | null;
  actualCost: null;
  note: null;
}

function jadwalOf(key: string, fromWeek: number, toWeek: number): JadwalRow[] {
  return evenSpread(fromWeek, toWeek).map(({ week, planned }) => {
    const late = week > ON_PLAN_WEEKS;
    const actual = week > ACTUAL_WEEKS ? null : late ? planned.times(LATE_FACTOR).toDecimalPlaces(2) : planned;
    return { pekerjaan: key, week, planned: toDbDecimal(planned), actual: actual && toDbDecimal(actual), actualCost: null, note: null };
  });
}

/**
 * The sample as a project snapshot document (unvalidated: parseSnapshot checks it), from the
 * library's parsed items. Throws when an item or a price is missing: the seed must not write
 * a half-priced sample.
 */
export function sampleProjectDocument(items: readonly AhspItem[]): unknown {
  const byKode = new Map(items.map((item) => [item.kode, item]));
  const kategoriOf = new Map<string, string>();
  const jadwal: JadwalRow[] = [];
  let n = 0;
  const klasifikasi = TREE.map((k) => ({
    name: k.name,
    subKlasifikasi: k.sub.map((s) => ({
      name: s.name,
      pekerjaan: s.rows.map(([kode, volume, fromWeek, toWeek]) => {
        const item = byKode.get(kode);
        if (!item) throw new Error(`sample project: AHSP ${kode} is not in the library`);
        for (const line of item.lines) kategoriOf.set(line.kodeItem, line.kategori);
        const key = `p${++n}`;
        jadwal.push(...jadwalOf(key, fromWeek, toWeek));
        return {
          key,
          source: "ref",
          ahsp: { edition: AHSP_LIBRARY_EDITION.name, kode },
          ahspEdition: AHSP_LIBRARY_EDITION.name,
          kode,
          uraian: item.uraian,
          satuan: item.satuan,
          overheadProfitPercent: null,
          lines: item.lines.map((line) => ({ kode: line.kodeItem, koefisien: line.koefisien, bundle: null })),
          volume,
          volumeFormula: null,
          takeoff: [],
        };
      }),
    })),
  }));
  const hargaItems = HARGA_DEMO.filter((h) => kategoriOf.has(h.kodeItem)).map((h) => ({
    kategori: kategoriOf.get(h.kodeItem),
    kode: h.kodeItem,
    uraian: h.uraian,
    satuan: h.satuan,
    harga: h.harga,
  }));
  const unpriced = [...kategoriOf.keys()].filter((kode) => !hargaItems.some((h) => h.kode === kode));
  if (unpriced.length > 0) throw new Error(`sample project: no demo price for ${unpriced.join(", ")}`);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    kind: "project",
    project: SAMPLE_PROJECT,
    parameters: [],
    hargaItems,
    klasifikasi,
    jadwal,
  };
}
