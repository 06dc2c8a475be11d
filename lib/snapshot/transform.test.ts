import { describe, expect, it } from "vitest";
import { projectWeeks } from "@/lib/calc";
import { type ProjectSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "./format";
import { copyOf, importedName, toTemplate } from "./transform";

const base: ProjectSnapshot = {
  format: SNAPSHOT_FORMAT,
  version: SNAPSHOT_VERSION,
  kind: "project",
  project: {
    name: "Asli",
    location: "Bandung",
    client: "Dinas PU",
    fundingSource: "APBD",
    fiscalYear: null,
    ownerBudget: null,
    description: null,
    parties: {},
    // A Wednesday, weeks ending on Sunday: week 1 has 5 days.
    startDate: "2026-01-07",
    durationDays: 40,
    weekEndDay: 0,
    overheadProfitPercent: "10",
    ppnPercent: "11",
    roundingBase: 1000,
    unitPriceRounding: "0.01",
  },
  parameters: [],
  hargaItems: [
    { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", harga: "100000" },
    { kategori: "BHN", kode: "M.99", uraian: "Tidak dipakai", satuan: "kg", harga: "5" },
  ],
  klasifikasi: [
    {
      name: "A",
      subKlasifikasi: [
        {
          name: "A.1",
          pekerjaan: [
            {
              key: "p1",
              source: "custom",
              ahsp: null,
              ahspEdition: null,
              kode: null,
              uraian: "Galian",
              satuan: "m3",
              volume: "5",
              volumeFormula: null,
              overheadProfitPercent: "12",
              lines: [{ kode: "L.01", koefisien: "1", bundle: null }],
              takeoff: [],
            },
          ],
        },
      ],
    },
  ],
  jadwal: [{ pekerjaan: "p1", week: 2, planned: "100", actual: null, actualCost: null, note: null }],
};

const shape = (p: ProjectSnapshot["project"]) => projectWeeks(p).map((w) => w.days);

describe("copyOf", () => {
  it("keeps everything but the name when no start date is given", () => {
    const copy = copyOf(base, { name: "Salinan", includeJadwal: true });
    expect(copy.project).toEqual({ ...base.project, name: "Salinan" });
    expect(copy.jadwal).toEqual(base.jadwal);
    expect(copy.klasifikasi).toBe(base.klasifikasi);
  });

  it("moves the calendar with a new start date so every week keeps its number and length", () => {
    // Monday: 5 days later in the week than Wednesday → week-end day Sunday (0) becomes Friday (5).
    const copy = copyOf(base, { name: "Salinan", startDate: "2027-03-01", includeJadwal: true });
    expect(copy.project.weekEndDay).toBe(5);
    expect(shape(copy.project)).toEqual(shape(base.project));
    expect(copy.jadwal).toEqual(base.jadwal);
  });

  it("wraps the week-end day backwards too", () => {
    const copy = copyOf(base, { name: "Salinan", startDate: "2026-01-05", includeJadwal: true });
    expect(copy.project.weekEndDay).toBe(5);
    expect(shape(copy.project)).toEqual(shape(base.project));
  });

  it("drops the jadwal on request and then keeps the estimator's week-end day", () => {
    const copy = copyOf(base, { name: "Salinan", startDate: "2027-03-01", includeJadwal: false });
    expect(copy.jadwal).toEqual([]);
    expect(copy.project.weekEndDay).toBe(0);
  });
});

describe("toTemplate", () => {
  it("keeps the tree and analyses and drops prices, volumes, unused resources and the jadwal", () => {
    const template = toTemplate(base);
    expect(template).not.toHaveProperty("project");
    expect(template).not.toHaveProperty("jadwal");
    expect(template.hargaItems).toEqual([{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH" }]);
    const p = template.klasifikasi[0]!.subKlasifikasi[0]!.pekerjaan[0]!;
    expect(p).not.toHaveProperty("volume");
    expect(p).not.toHaveProperty("volumeFormula");
    expect(p).toMatchObject({ key: "p1", overheadProfitPercent: "12", lines: [{ kode: "L.01", koefisien: "1", bundle: null }] });
  });
});

describe("importedName", () => {
  it("marks a restored backup so it differs from the original", () => {
    expect(importedName("Gedung Kantor")).toBe("Gedung Kantor (impor)");
  });
  it("stays within the name's 200 characters", () => {
    const name = importedName("x".repeat(200));
    expect(name).toHaveLength(200);
    expect(name.endsWith(" (impor)")).toBe(true);
  });
});
