import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIBRARY_FILE, SOURCE_FILE, convertAhspSource, labourCode, libraryFileBytes } from "./ahsp-convert";

const tk = (uraian_item: string, satuan_item = "OH") => labourCode({ kategori: "TK", uraian_item, satuan_item });

describe("ref:convert", () => {
  it("codes the four standard labour roles by name, day rates only", () => {
    expect([tk("Pekerja"), tk("Tukang batu/tembok"), tk("Tukang Besi/ Besi Beton"), tk("KepalaTukang"), tk("Mandor")]).toEqual([
      "L.01",
      "L.02",
      "L.02",
      "L.03",
      "L.04",
    ]);
    expect([tk("Mandor", "OJ"), tk("Mandor", ""), tk("Tukang Pipa"), tk("Kepala Tukang Tanam")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(labourCode({ kategori: "BHN", uraian_item: "Pekerja", satuan_item: "OH" })).toBeUndefined();
  });

  it("writes the importer's layout, values as found, quoting what needs it", () => {
    const source =
      "kode_ahsp,nama_ahsp,satuan_parsed,ref_permen_8_2023,kategori,kode_item,uraian_item,satuan_item,koefisien\n" +
      '1.1,"Galian, tanah",m3,,TK,TK-0005,Pekerja,OH,4e-05\n' +
      '1.1,"Galian, tanah",m3,,BHN,B-0001,"Pipa 4"" PVC",bh,0\n';
    expect(convertAhspSource(source)).toBe(
      "kode_ahsp,nama_ahsp,satuan,ref_permen_8_2023,kategori,kode_item,uraian_item,satuan_item,koefisien\n" +
        '1.1,"Galian, tanah",m3,,TK,L.01,Pekerja,OH,4e-05\n' +
        '1.1,"Galian, tanah",m3,,BHN,B-0001,"Pipa 4"" PVC",bh,0\n',
    );
  });

  const present = existsSync(SOURCE_FILE);
  if (!present) console.log(`[skip] ${SOURCE_FILE} not found: the shipped library is not compared with a fresh conversion.`);

  it.skipIf(!present)("committed the file a fresh conversion of ../shared writes, byte for byte", () => {
    const fresh = libraryFileBytes(readFileSync(SOURCE_FILE, "utf8"));
    expect(Buffer.from(fresh).equals(readFileSync(LIBRARY_FILE))).toBe(true);
  });
});
