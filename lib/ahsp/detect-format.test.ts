import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectImportFormat } from "./detect-format";
import { zipSync } from "fflate";
import { MAX_XLSX_INFLATED_BYTES } from "./detect-format";
import { bytes, parseFail } from "./test-support";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** A stored (uncompressed) one-file zip, built by hand to avoid a zip dependency. */
function zipWith(name: string, content: string): Uint8Array {
  const nameBytes = bytes(name);
  const data = bytes(content);
  const local = new Uint8Array(30 + nameBytes.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + central.length + end.length);
  out.set(local, 0);
  out.set(central, local.length);
  out.set(end, local.length + central.length);
  return out;
}

function code(data: Uint8Array) {
  const result = detectImportFormat(data);
  return result.ok ? result.format : result.error.code;
}

describe("detectImportFormat", () => {
  it("recognises an XLSX by its xl/ entry, whatever the file is called", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("AHSP").addRow(["kode_ahsp"]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(code(xlsx)).toBe("xlsx");
  });

  it("recognises UTF-8 text as CSV and drops the BOM", () => {
    const result = detectImportFormat(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("kode_ahsp;x\n")]));
    expect(result).toEqual({ ok: true, format: "csv", text: "kode_ahsp;x\n" });
  });

  it.each([
    ["a PNG", PNG],
    ["a zip without xl/ (e.g. a .docx)", zipWith("word/document.xml", "<w/>")],
    ["a truncated zip", bytes("PK\u0003\u0004 not really a zip")],
    ["a legacy .xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ["UTF-16 text", Uint8Array.from([0xff, 0xfe, 0x6b, 0, 0x6f, 0])],
    ["Latin-1 text", Uint8Array.from([0x6b, 0x6f, 0x64, 0x65, 0x92, 0x0a])],
    ["binary bytes that happen to be valid UTF-8", Uint8Array.from([0x6b, 0x00, 0x01, 0x02, 0x0a])],
  ])("refuses %s as unsupported", (_label, data) => {
    expect(code(data)).toBe("UNSUPPORTED_FORMAT");
  });

  it("accepts the hand-built zip", () => {
    expect(code(zipWith("xl/x.xml", "abc"))).toBe("xlsx");
  });

  /** A deflated archive whose headers (local and central) claim 1 KB for `size` bytes of content. */
  function lyingZip(size: number): Uint8Array {
    const zip = zipSync({ "xl/worksheets/sheet1.xml": [new Uint8Array(size), { level: 9 }] });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 4 <= zip.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 1024, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 1024, true);
    }
    return zip;
  }

  // Inflates 2 × 64 MB: seconds on a shared CI machine, so more than the default 5 s.
  it("counts the bytes an XLSX really inflates to, not what its headers declare", { timeout: 30_000 }, () => {
    expect(code(lyingZip(MAX_XLSX_INFLATED_BYTES))).toBe("xlsx");
    const over = detectImportFormat(lyingZip(MAX_XLSX_INFLATED_BYTES + 1));
    expect(over).toEqual({ ok: false, error: { code: "TOO_LARGE", message: "Isi berkas XLSX melebihi 64 MB setelah diekstrak." } });
  });

  it("refuses empty input", () => {
    expect(code(new Uint8Array())).toBe("EMPTY_FILE");
    expect(code(bytes(" \n\r\n"))).toBe("EMPTY_FILE");
  });

  it("reports unsupported content through parseAhspImport", async () => {
    const failure = await parseFail(PNG);
    expect(failure.error.code).toBe("UNSUPPORTED_FORMAT");
    expect(failure.error.message).toMatch(/Format tidak didukung/);
  });
});
