import { describe, expect, it } from "vitest";
import type { ReportDocument } from "./document";
import { applyKutipan, withKutipan } from "./citations";
import { exportQuery } from "./schemas";
import { Decimal } from "@/lib/calc";

// As in the national AHSP list (../shared/data, item 1.1.1.1 and 1.1.3.14).
const PAGAR =
  "Pembuatan 1 m’ pagar sementara dari kayu tinggi 2 meter (Lihat Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat Nomor 8 Tahun 2023 Lampiran B U.1.1.1 (c))";
const TUNGGUL =
  "Gali dan cabut 1 tunggul pohon tanaman keras ∅ > 15 cm s.d. 30 cm (termasuk pembuangan sisa tunggul) (Lihat Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat Nomor 8 Tahun 2023 Lampiran B U.3.3.b (a))";

describe("withKutipan", () => {
  it("full keeps the text as written", () => {
    expect(withKutipan(PAGAR, "full")).toBe(PAGAR);
  });

  it("short names the regulation as the library's citation does, keeping the lampiran", () => {
    expect(withKutipan(PAGAR, "short")).toBe(
      "Pembuatan 1 m’ pagar sementara dari kayu tinggi 2 meter (Permen PUPR 8/2023 Lampiran B U.1.1.1 (c))",
    );
    expect(withKutipan(TUNGGUL, "short")).toBe(
      "Gali dan cabut 1 tunggul pohon tanaman keras ∅ > 15 cm s.d. 30 cm (termasuk pembuangan sisa tunggul) (Permen PUPR 8/2023 Lampiran B U.3.3.b (a))",
    );
    expect(withKutipan("Galian (Lihat Peraturan Menteri Pekerjaan Umum Nomor 11 Tahun 2013)", "short")).toBe("Galian (Permen PU 11/2013)");
  });

  it("none leaves the citation out, and other parentheses alone", () => {
    expect(withKutipan(PAGAR, "none")).toBe("Pembuatan 1 m’ pagar sementara dari kayu tinggi 2 meter");
    expect(withKutipan(TUNGGUL, "none")).toBe(
      "Gali dan cabut 1 tunggul pohon tanaman keras ∅ > 15 cm s.d. 30 cm (termasuk pembuangan sisa tunggul)",
    );
    expect(withKutipan("Beton (Lihat gambar kerja)", "none")).toBe("Beton (Lihat gambar kerja)");
    // Item 1.2.1.1.2 of the national list lost its closing parenthesis.
    expect(withKutipan("Galian (Lihat Peraturan Menteri Pekerjaan Umum Nomor 8 Tahun 2023 Lampiran B U.3.4.1.a.2 (a)", "none")).toBe(
      "Galian",
    );
  });
});

describe("applyKutipan", () => {
  it("changes text cells only, and not the document it was given", () => {
    const document = {
      tables: [{ rows: [{ style: "item", cells: [PAGAR, new Decimal("1.5"), null] }] }],
    } as unknown as ReportDocument;
    const short = applyKutipan(document, "none");
    expect(short.tables[0]!.rows[0]!.cells).toEqual(["Pembuatan 1 m’ pagar sementara dari kayu tinggi 2 meter", new Decimal("1.5"), null]);
    expect(document.tables[0]!.rows[0]!.cells[0]).toBe(PAGAR);
  });
});

describe("exportQuery", () => {
  it("defaults kutipan to full and refuses other values and other parameters", () => {
    expect(exportQuery.parse({})).toEqual({ kutipan: "full" });
    expect(exportQuery.parse({ kutipan: "short" })).toEqual({ kutipan: "short" });
    expect(exportQuery.safeParse({ kutipan: "pendek" }).success).toBe(false);
    expect(exportQuery.safeParse({ kutipan: "none", x: "1" }).success).toBe(false);
  });
});
