import { describe, expect, it } from "vitest";
import { asciiFallback, contentDisposition, exportFileName, fileNameFromDisposition, slugify } from "./filename";

describe("slugify", () => {
  it("lower-cases and joins words with dashes", () => {
    expect(slugify("Gedung Serbaguna Desa Sukamaju")).toBe("gedung-serbaguna-desa-sukamaju");
    expect(slugify("  RSUD  (Tahap II) / 2026 ")).toBe("rsud-tahap-ii-2026");
  });

  it("keeps letters beyond ASCII", () => {
    expect(slugify("Café Ñusa Penida")).toBe("café-ñusa-penida");
    expect(slugify("Jalan \u201cBaru\u201d \u2013 Ruas 2")).toBe("jalan-baru-ruas-2");
  });

  it("never answers an empty or endless slug", () => {
    expect(slugify("!!!")).toBe("proyek");
    expect(slugify("")).toBe("proyek");
    const long = slugify("a ".repeat(200));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("file names", () => {
  it("reads REPORT_slug_date.ext, dated by the day in Jakarta", () => {
    expect(exportFileName("RAB", "Gedung Uji", "xlsx", new Date("2026-01-05T03:00:00Z"))).toBe("RAB_gedung-uji_2026-01-05.xlsx");
    expect(exportFileName("RAB", "Gedung Uji", "xlsx", new Date("2026-03-01T17:00:00Z"))).toBe("RAB_gedung-uji_2026-03-02.xlsx");
  });
});

describe("contentDisposition", () => {
  it("quotes an ASCII name and repeats it encoded", () => {
    expect(contentDisposition("RAB_gedung-uji_2026-01-05.pdf")).toBe(
      `attachment; filename="RAB_gedung-uji_2026-01-05.pdf"; filename*=UTF-8''RAB_gedung-uji_2026-01-05.pdf`,
    );
  });

  it("gives non-ASCII names an ASCII fallback and an RFC 8187 value", () => {
    const header = contentDisposition("RAB_café-ñusa_2026-01-05.xlsx");
    expect(header).toBe(`attachment; filename="RAB_cafe-nusa_2026-01-05.xlsx"; filename*=UTF-8''RAB_caf%C3%A9-%C3%B1usa_2026-01-05.xlsx`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe("RAB_café-ñusa_2026-01-05.xlsx");
  });

  it("never lets a name break out of its quotes", () => {
    const header = contentDisposition('a"b\\c; x=1 (1)\r\n.csv');
    const fallback = /filename="([^"]*)"/.exec(header)![1];
    expect(fallback).toBe("abc; x=1 (1).csv");
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain("filename*=UTF-8''a%22b%5Cc%3B%20x%3D1%20%281%29%0D%0A.csv");
  });

  it("falls back to a readable name when nothing ASCII is left", () => {
    expect(asciiFallback("工程.pdf")).toBe("unduhan.pdf");
    expect(asciiFallback("RAB_工程_2026-01-05.pdf")).toBe("RAB_2026-01-05.pdf");
  });
});

describe("fileNameFromDisposition", () => {
  it("reads back what contentDisposition writes", () => {
    for (const name of ["RAB_gedung-uji_2026-01-05.pdf", "RAB_café-ñusa_2026-01-05.xlsx", "a b (1)'s.csv"]) {
      expect(fileNameFromDisposition(contentDisposition(name))).toBe(name);
    }
  });

  it("falls back to the plain name", () => {
    expect(fileNameFromDisposition('attachment; filename="laporan.pdf"')).toBe("laporan.pdf");
    expect(fileNameFromDisposition("attachment; filename=laporan.pdf")).toBe("laporan.pdf");
    expect(fileNameFromDisposition(`attachment; filename="x.pdf"; filename*=UTF-8''%E0%A4%A`)).toBe("x.pdf");
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition("inline")).toBeNull();
  });
});
