import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/kernel/errors";
import { type ProjectSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "./format";
import { parseSnapshot } from "./validate";

/** A small whole project: a bundle, a formula over a parameter, a jadwal. */
function snapshot(): ProjectSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    kind: "project",
    project: {
      name: "Gedung",
      location: "Bandung",
      client: "Dinas PU",
      fundingSource: "APBD",
      fiscalYear: 2026,
      ownerBudget: null,
      description: null,
      parties: {},
      startDate: "2026-01-05",
      durationDays: 28,
      weekEndDay: 0,
      overheadProfitPercent: "10",
      ppnPercent: "11",
      roundingBase: 1000,
      unitPriceRounding: "0.01",
    },
    parameters: [{ name: "panjang", value: "4" }],
    hargaItems: [
      { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", harga: "100000" },
      { kategori: "LAIN", kode: "BDL", uraian: "Bundle", satuan: "ls", harga: "0" },
    ],
    klasifikasi: [
      {
        name: "Struktur",
        subKlasifikasi: [
          {
            name: "Umum",
            pekerjaan: [
              pekerjaan("p1", { volume: "0", volumeFormula: "panjang * 2.5", lines: [{ kode: "L.01", koefisien: "0.5", bundle: null }] }),
              pekerjaan("p2", { volume: "3", lines: [{ kode: "BDL", koefisien: "2", bundle: "p1" }] }),
            ],
          },
        ],
      },
    ],
    jadwal: [
      { pekerjaan: "p1", week: 1, planned: "60", actual: "50", actualCost: "1000", note: null },
      { pekerjaan: "p1", week: 2, planned: "40", actual: null, actualCost: null, note: "hujan" },
    ],
  };
}

function pekerjaan(key: string, fields: Partial<ProjectSnapshot["klasifikasi"][0]["subKlasifikasi"][0]["pekerjaan"][0]>) {
  return {
    key,
    source: "custom" as const,
    ahsp: null,
    ahspEdition: null,
    kode: null,
    uraian: `Pekerjaan ${key}`,
    satuan: "m3",
    volume: "1",
    volumeFormula: null,
    overheadProfitPercent: null,
    lines: [],
    takeoff: [],
    ...fields,
  };
}

const firstPekerjaan = (s: ProjectSnapshot) => s.klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan;

/** The 400 a broken document gets: its field paths and message. */
function rejection(doc: unknown, kind: "project" | "template" = "project") {
  try {
    parseSnapshot(doc, kind, "Berkas cadangan");
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.code).toBe("VALIDATION_ERROR");
    return { message: e.message, paths: (e.details?.fields ?? []).map((f) => f.path) };
  }
  throw new Error("expected a rejection");
}

function broken(change: (s: ProjectSnapshot) => void) {
  const s = snapshot();
  change(s);
  return rejection(s);
}

describe("parseSnapshot", () => {
  it("accepts a whole project and recomputes formula volumes from its parameters", () => {
    const doc = snapshot();
    firstPekerjaan(doc)[0]!.volume = "999"; // a stale or edited value is not trusted
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(doc)), "project", "Berkas cadangan");
    expect(firstPekerjaan(parsed).map((p) => p.volume)).toEqual(["10", "3"]);
    expect(parsed.jadwal).toHaveLength(2);
  });

  it("accepts numbers for decimals and keeps them exact", () => {
    const doc = JSON.parse(JSON.stringify(snapshot()));
    doc.hargaItems[0].harga = 123456.78;
    expect(parseSnapshot(doc, "project", "x").hargaItems[0]!.harga).toBe("123456.78");
  });

  it("rejects another format, another version and another kind with one clear message", () => {
    const foreign = rejection({ ...snapshot(), format: "something-else" });
    expect(foreign).toMatchObject({ paths: ["format"] });
    // One period between the sentences, never "..".
    expect(foreign.message).toBe(
      `Berkas cadangan tidak valid: format: Bukan dokumen proyek RAB AHSP (format harus "${SNAPSHOT_FORMAT}"). Tidak ada yang disimpan.`,
    );
    const newer = rejection({ ...snapshot(), version: 4 });
    expect(newer.paths).toEqual(["version"]);
    expect(newer.message).toContain("Versi format 4 tidak didukung; versi yang didukung: 1, 2, 3.");
    expect(rejection({ ...snapshot(), kind: "template" })).toMatchObject({ paths: ["kind"] });
    expect(rejection(null)).toMatchObject({ paths: ["format"] });
    expect(rejection([])).toMatchObject({ paths: ["format"] });
  });

  it("rejects ids and other unknown fields anywhere in the document", () => {
    expect(broken((s) => Object.assign(s, { ownerId: "5f1b0c1e-0000-4000-8000-000000000000" })).paths).toContain("");
    const nested = broken((s) => Object.assign(firstPekerjaan(s)[0]!, { id: "5f1b0c1e-0000-4000-8000-000000000000" }));
    expect(nested.paths).toEqual(["klasifikasi.0.subKlasifikasi.0.pekerjaan.0"]);
  });

  it("rejects a line whose resource is not in hargaItems", () => {
    const r = broken((s) => (firstPekerjaan(s)[0]!.lines[0]!.kode = "X.99"));
    expect(r.paths).toEqual(["klasifikasi.0.subKlasifikasi.0.pekerjaan.0.lines.0.kode"]);
    expect(r.message).toContain("Tidak ada yang disimpan");
  });

  it("rejects a bundle naming a pekerjaan that is not in the document (e.g. a database id)", () => {
    const r = broken((s) => (firstPekerjaan(s)[1]!.lines[0]!.bundle = "0b7c2f9e-1111-4aaa-8bbb-123456789abc"));
    expect(r.paths).toEqual(["klasifikasi.0.subKlasifikasi.0.pekerjaan.1.lines.0.bundle"]);
  });

  it("rejects a bundle line that is not LAIN", () => {
    const r = broken((s) => (firstPekerjaan(s)[1]!.lines[0]!.kode = "L.01"));
    expect(r.paths).toEqual(["klasifikasi.0.subKlasifikasi.0.pekerjaan.1.lines.0.kode"]);
  });

  it("rejects a bundle cycle", () => {
    const r = broken((s) => firstPekerjaan(s)[0]!.lines.push({ kode: "BDL", koefisien: "1", bundle: "p2" }));
    expect(r.paths).toHaveLength(1);
    expect(r.paths[0]).toMatch(/^klasifikasi\.0\.subKlasifikasi\.0\.pekerjaan\.\d\.lines$/);
  });

  it("rejects duplicate pekerjaan keys, resource kodes and parameter names", () => {
    expect(broken((s) => (firstPekerjaan(s)[1]!.key = "p1")).paths).toContain("klasifikasi.0.subKlasifikasi.0.pekerjaan.1.key");
    expect(broken((s) => s.hargaItems.push({ ...s.hargaItems[0]! })).paths).toEqual(["hargaItems.2.kode"]);
    expect(broken((s) => s.parameters.push({ name: "PANJANG", value: "1" })).paths).toEqual(["parameters.1.name"]);
  });

  it("rejects a formula over a parameter the document does not have", () => {
    const r = broken((s) => (firstPekerjaan(s)[0]!.volumeFormula = "lebar * 2"));
    expect(r.paths).toEqual(["klasifikasi.0.subKlasifikasi.0.pekerjaan.0.volumeFormula"]);
  });

  it("rejects jadwal entries of unknown pekerjaan, outside the project, or over 100%", () => {
    expect(broken((s) => (s.jadwal[0]!.pekerjaan = "p9")).paths).toEqual(["jadwal.0.pekerjaan"]);
    expect(broken((s) => (s.jadwal[1]!.week = 6)).paths).toEqual(["jadwal.1.week"]);
    expect(broken((s) => (s.jadwal[1]!.planned = "41")).paths).toEqual(["jadwal.0.planned", "jadwal.1.planned"]);
    expect(broken((s) => (s.jadwal[1]!.week = 1)).paths).toContain("jadwal.1.week");
  });

  // The app keeps the jadwal when a volume drops to 0 after planning, so its backup must restore.
  it("accepts progress on a pekerjaan whose volume became 0", () => {
    const doc = snapshot();
    doc.parameters[0]!.value = "0";
    const parsed = parseSnapshot(doc, "project", "Berkas cadangan");
    expect(firstPekerjaan(parsed)[0]!.volume).toBe("0");
    expect(parsed.jadwal.map((e) => e.planned)).toEqual(["60", "40"]);
  });

  it("refuses a document past a project bound before parsing its rows", () => {
    const many = <T>(n: number, item: T) => Array.from({ length: n }, () => item);
    const k = (subs: unknown[]) => ({ name: "K", subKlasifikasi: subs });
    const cases: [string, (s: ProjectSnapshot) => void, string][] = [
      ["klasifikasi", (s) => (s.klasifikasi = many(1001, k([])) as never), "1.000 klasifikasi"],
      ["klasifikasi", (s) => (s.klasifikasi = many(3, k(many(1000, { name: "S", pekerjaan: [] }))) as never), "2.000 sub-klasifikasi"],
      ["klasifikasi", (s) => (s.klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan = many(5_001, {} as never)), "5.000 pekerjaan"],
      ["hargaItems", (s) => (s.hargaItems = many(20_001, s.hargaItems[0]!)), "20.000 harga item"],
      ["parameters", (s) => (s.parameters = many(1001, s.parameters[0]!)), "1.000 parameter"],
      ["jadwal", (s) => (s.jadwal = many(200_001, s.jadwal[0]!)), "200.000 isian jadwal"],
    ];
    for (const [path, change, bound] of cases) {
      const r = broken(change);
      expect(r.paths).toEqual([path]);
      expect(r.message).toContain(`Maksimal ${bound} per proyek`);
    }
    const line = { kode: "L.01", koefisien: "1", bundle: null };
    const lines = broken((s) => (s.klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan = many(167, pekerjaan("x", { lines: many(300, line) }))));
    expect(lines.message).toContain("Maksimal 50.000 baris analisa per proyek");
  });

  it("accepts a document at the bounds' counts", () => {
    const doc = snapshot();
    doc.jadwal = [];
    doc.hargaItems.push(
      ...Array.from({ length: 19_998 }, (_, i) => ({ kategori: "BHN" as const, kode: `B.${i}`, uraian: "", satuan: "", harga: "1" })),
    );
    doc.parameters.push(...Array.from({ length: 999 }, (_, i) => ({ name: `p${i}`, value: "1" })));
    expect(parseSnapshot(doc, "project", "x").hargaItems).toHaveLength(20_000);
  });

  it("rejects a start date the calendar can not hold", () => {
    expect(broken((s) => (s.project.startDate = "1800-01-01")).paths).toEqual(["project.startDate"]);
  });

  it("rejects values beyond the columns' precision", () => {
    expect(broken((s) => (s.hargaItems[0]!.harga = "1.234")).paths).toEqual(["hargaItems.0.harga"]);
    expect(broken((s) => (firstPekerjaan(s)[0]!.lines[0]!.koefisien = "-1")).paths).toEqual([
      "klasifikasi.0.subKlasifikasi.0.pekerjaan.0.lines.0.koefisien",
    ]);
  });

  it("takes a template without volumes, prices or jadwal, and refuses one that has them", () => {
    const doc = template();
    expect(parseSnapshot(doc, "template", "Templat").klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan).toHaveLength(2);
    expect(rejection({ ...doc, jadwal: [] }, "template").paths).toEqual([""]);
    expect(rejection({ ...doc, hargaItems: snapshot().hargaItems }, "template").paths).toEqual(["hargaItems.0", "hargaItems.1"]);
  });
});

/** The template of snapshot(), as toTemplate writes it. */
function template() {
  const { hargaItems, klasifikasi } = snapshot();
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    kind: "template",
    parameters: [],
    hargaItems: hargaItems.map(({ kategori, kode, uraian, satuan }) => ({ kategori, kode, uraian, satuan })),
    klasifikasi: klasifikasi.map((k) => ({
      ...k,
      subKlasifikasi: k.subKlasifikasi.map((s) => ({
        ...s,
        pekerjaan: s.pekerjaan.map(({ volume, volumeFormula, ...p }) => p),
      })),
    })),
  };
}

/** snapshot() as format version 1 wrote it: the jadwal entries under `schedule`. */
function version1(change: (doc: Record<string, unknown>) => void = () => {}) {
  const { jadwal, ...rest } = snapshot();
  const doc: Record<string, unknown> = { ...rest, version: 1, schedule: jadwal };
  change(doc);
  return doc;
}

describe("parseSnapshot of format version 1 (before the jadwal rename)", () => {
  it("reads a backup the version 1 writer made", () => {
    const file = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/backup-v1.json"), "utf8"));
    const parsed = parseSnapshot(file, "project", "Berkas cadangan");
    expect(parsed.version).toBe(SNAPSHOT_VERSION);
    expect(parsed.jadwal.map((e) => [e.pekerjaan, e.week])).toEqual(
      file.schedule.map((e: { pekerjaan: string; week: number }) => [e.pekerjaan, e.week]),
    );
    expect(parsed).not.toHaveProperty("schedule");
    const { schedule, ...rest } = file;
    expect(parsed).toEqual(parseSnapshot({ ...rest, version: 2, jadwal: schedule }, "project", "x"));
  });

  it("gives the same snapshot as the current version", () => {
    expect(parseSnapshot(version1(), "project", "x")).toEqual(parseSnapshot(snapshot(), "project", "x"));
    expect(parseSnapshot({ ...template(), version: 1 }, "template", "x")).toEqual(parseSnapshot(template(), "template", "x"));
  });

  it("reports problems at the paths of the file as it was sent", () => {
    const late = rejection(version1((d) => ((d.schedule as { week: number }[])[1]!.week = 6)));
    expect(late.paths).toEqual(["schedule.1.week"]);
    expect(late.message).toMatch(/^Berkas cadangan tidak valid: schedule\.1\.week: /);
    expect(rejection(version1((d) => delete d.schedule)).paths).toEqual(["schedule"]);
    expect(rejection(version1((d) => (d.schedule = Array(200_001).fill({})))).paths).toEqual(["schedule"]);
  });

  it("refuses the current version's key in a version 1 file", () => {
    expect(rejection(version1((d) => (d.jadwal = []))).paths).toEqual(["jadwal"]);
  });
});
