import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/ahsp/test-support";
import { isFileError } from "@/lib/ahsp";
import { parseProjectUpload } from "./upload-file";

const HEADER = ["Nama Proyek", "lokasi", "pemberi_tugas", "sumber_dana", "tahun_anggaran", "tanggal_mulai", "durasi_hari", "pagu_anggaran"];
const bytes = (rows: string[][]) => new TextEncoder().encode(toCsv(rows, ";"));

describe("a file of new projects", () => {
  it("reads typed numbers and dates as an estimator writes them, and names each problem's column and row", async () => {
    const file = await parseProjectUpload(
      bytes([
        HEADER,
        ["Gedung", "Garut", "Dinas", "APBD", "2026", "2/3/2026", "1.200", "Rp 1.250.000.000,50"],
        ["", "Garut", "Dinas", "APBD", "20x6", "2026-02-30", "0", "-5"],
      ]),
    );
    if (isFileError(file)) throw new Error(file.message);
    expect(file.rows[0]).toEqual({
      row: 2,
      valid: true,
      project: expect.objectContaining({ name: "Gedung", fiscalYear: 2026, startDate: "2026-03-02", durationDays: 1200 }),
    });
    expect(String((file.rows[0] as { project: { ownerBudget: unknown } }).project.ownerBudget)).toBe("1250000000.5");
    const bad = file.rows[1]!;
    expect(bad.valid).toBe(false);
    if (bad.valid) return;
    expect(bad.row).toBe(3);
    expect(bad.errors.map((e) => e.column).sort()).toEqual([
      "durasi_hari",
      "nama_proyek",
      "pagu_anggaran",
      "tahun_anggaran",
      "tanggal_mulai",
    ]);
  });

  it("refuses a file without the required columns, and more than 500 rows", async () => {
    expect(await parseProjectUpload(bytes([["nama_proyek"], ["A"]]))).toMatchObject({ code: "MISSING_COLUMNS" });
    const many = Array.from({ length: 501 }, (_, i) => [`P${i}`, "Garut", "Dinas", "APBD", "", "2026-01-05", "30", ""]);
    expect(await parseProjectUpload(bytes([HEADER, ...many]))).toMatchObject({ code: "TOO_LARGE" });
  });
});
