import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { picturesOf, readWorkbook } from "../../tests/support/exports";
import { addPicture } from "./xlsx-picture";
import { inflateZip } from "@/lib/archive/zip";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const ANCHOR = { col: 3, row: 9, width: 728, height: 420, description: 'Kurva S <"&">' };

/** A workbook as exceljs' streaming writer finishes it. */
async function streamed(build: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  build(workbook);
  await workbook.commit();
  return Buffer.concat(chunks);
}

function twoSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
  for (const name of ["Jadwal", "Kurva 'S' & <1>"]) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([`${name} A1`, 42]).commit();
    sheet.commit();
  }
}

const part = (xlsx: Buffer, name: string) => new TextDecoder().decode(inflateZip(xlsx, { maxInflatedBytes: 1e8 }).files.get(name)!);

describe("addPicture", () => {
  it("places the PNG on the named sheet only, at the anchor's cell and size; the cells stay", async () => {
    const xlsx = addPicture(await streamed(twoSheets), "Kurva 'S' & <1>", PNG, ANCHOR);
    const workbook = await readWorkbook(xlsx);
    const curve = workbook.getWorksheet("Kurva 'S' & <1>")!;
    expect(picturesOf(workbook, workbook.getWorksheet("Jadwal")!)).toEqual([]);
    expect(picturesOf(workbook, curve)).toEqual([{ col: 3, row: 9, width: 728, height: 420, data: PNG }]);
    expect(curve.getCell("A1").value).toBe("Kurva 'S' & <1> A1");
    expect(workbook.getWorksheet("Jadwal")!.getCell("B1").value).toBe(42);
  });

  it("writes the picture's parts: content types, the sheet's drawing element and relationship, the alt text", async () => {
    const xlsx = addPicture(await streamed(twoSheets), "Kurva 'S' & <1>", PNG, ANCHOR);
    expect(part(xlsx, "[Content_Types].xml")).toContain(`<Default Extension="png" ContentType="image/png"/>`);
    expect(part(xlsx, "[Content_Types].xml")).toContain(
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
    expect(part(xlsx, "xl/worksheets/sheet2.xml")).toMatch(/<drawing r:id="rIdPicture"\/><\/worksheet>$/);
    expect(part(xlsx, "xl/worksheets/sheet1.xml")).not.toContain("<drawing");
    expect(part(xlsx, "xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      `Id="rIdPicture" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawing1.xml"`,
    );
    expect(part(xlsx, "xl/drawings/drawing1.xml")).toContain(`descr="Kurva S &#60;&#34;&#38;&#34;&#62;"`);
    expect(part(xlsx, "xl/drawings/drawing1.xml")).toContain(`<xdr:ext cx="6934200" cy="4000500"/>`);
  });

  it("joins a sheet's existing relationships and puts the drawing before its comments' legacy drawing", async () => {
    const withNote = await streamed((workbook) => {
      const sheet = workbook.addWorksheet("Kurva S");
      const row = sheet.addRow(["catatan"]);
      row.getCell(1).note = "catatan sel";
      row.commit();
      sheet.commit();
    });
    const before = part(withNote, "xl/worksheets/_rels/sheet1.xml.rels");
    const xlsx = addPicture(withNote, "Kurva S", PNG, ANCHOR);
    const rels = part(xlsx, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels.match(/<Relationship /g)).toHaveLength((before.match(/<Relationship /g) ?? []).length + 1);
    expect(part(xlsx, "xl/worksheets/sheet1.xml")).toMatch(/<drawing r:id="rIdPicture"\/><legacyDrawing /);
    const workbook = await readWorkbook(xlsx);
    expect(picturesOf(workbook, workbook.getWorksheet("Kurva S")!)).toHaveLength(1);
    expect(workbook.getWorksheet("Kurva S")!.getCell("A1").note).toBe("catatan sel");
  });

  it("refuses a sheet the workbook does not have", async () => {
    const xlsx = await streamed(twoSheets);
    expect(() => addPicture(xlsx, "Tidak ada", PNG, ANCHOR)).toThrow(/tanpa lembar "Tidak ada"/);
  });
});
