import { describe, expect, it } from "vitest";
import { HEADER, bytes, parseFail, parseOk, row, toCsv } from "./test-support";

describe("parseAhspImport: CSV", () => {
  it("groups rows into items in file order and lines in row order", async () => {
    const csv = toCsv([
      [...HEADER],
      row("2.2.1.1", "TK", "TK-0005", "Pekerja", "0.75"),
      row("2.2.1.1", "BHN", "B-0152", "Semen Portland", "326"),
      row("1.1.1", "TK", "TK-0001", "Mandor", "0.013"),
    ]);
    const { format, items, report } = await parseOk(csv);
    expect(format).toBe("csv");
    expect(items.map((i) => i.kode)).toEqual(["2.2.1.1", "1.1.1"]);
    expect(items[0]).toEqual({
      kode: "2.2.1.1",
      uraian: "Pekerjaan 2.2.1.1",
      satuan: "m3",
      lines: [
        { position: 1, kategori: "TK", kodeItem: "TK-0005", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "0.75" },
        { position: 2, kategori: "BHN", kodeItem: "B-0152", uraianItem: "Semen Portland", satuanItem: "OH", koefisien: "326" },
      ],
    });
    expect(report.counts).toEqual({
      rows: 3,
      items: 2,
      lines: 3,
      perKategori: { TK: 2, BHN: 1, ALT: 0, LAIN: 0 },
      rejectedRows: 0,
      skippedItems: 0,
    });
  });

  it("accepts header aliases in any case, spacing and underscores", async () => {
    const header = [
      "KODE",
      "Uraian",
      "Satuan AHSP",
      "Referensi",
      "Klasifikasi",
      "Sub Klasifikasi",
      "Jenis",
      "Kode Item",
      "nama_item",
      "SATUAN_ITEM",
      "Koef",
    ];
    const csv = toCsv([
      header,
      ["1.1", "Galian tanah", "m3", "Permen 8/2023", "Sipil", "Tanah", "Upah", "TK-0005", "Pekerja", "OH", "0,75"],
    ]);
    const { items } = await parseOk(csv);
    expect(items).toEqual([
      {
        kode: "1.1",
        uraian: "Galian tanah",
        satuan: "m3",
        citation: "Permen 8/2023",
        klasifikasi: "Sipil",
        subKlasifikasi: "Tanah",
        lines: [{ position: 1, kategori: "TK", kodeItem: "TK-0005", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "0.75" }],
      },
    ]);
  });

  it("names every missing required column", async () => {
    const failure = await parseFail(
      toCsv([
        ["kode_ahsp", "nama_ahsp", "kategori", "koefisien"],
        ["1", "x", "TK", "1"],
      ]),
    );
    expect(failure.error.code).toBe("MISSING_COLUMNS");
    expect(failure.error.missingColumns).toEqual(["satuan", "kode_item", "uraian_item", "satuan_item"]);
    expect(failure.error.message).toContain("kode_item");
  });

  it("refuses a header naming one column twice", async () => {
    const failure = await parseFail(toCsv([[...HEADER, "satuan_parsed"], row("1", "TK", "a", "b", "1")]));
    expect(failure.error.code).toBe("DUPLICATE_COLUMNS");
    expect(failure.error.duplicateHeaders).toEqual(["satuan / satuan_parsed"]);
  });

  it("handles RFC 4180 quoting: delimiters, doubled quotes, line breaks and ’", async () => {
    const nama = 'Pemasangan 1 m’ pipa PVC, DN. 16" (400 mm)';
    const text = HEADER.join(",") + "\r\n" + `1.1,"${nama.replace(/"/g, '""')}",m',TK,TK-0005,"Pekerja, ""harian""\nlepas",OH,0.5\r\n`;
    const { items } = await parseOk(text);
    expect(items[0]?.uraian).toBe(nama);
    // A line break inside a cell is spacing, like any other.
    expect(items[0]?.lines[0]?.uraianItem).toBe('Pekerja, "harian" lepas');
    expect(items[0]?.satuan).toBe("m'");
  });

  it("keeps a bare inch mark inside an unquoted field", async () => {
    const text = `${HEADER.join(",")}\n9.1,Pipa PVC 4" panjang 1 m,m,BHN,B-1,Pipa PVC 4",m,1.05\n`;
    const { items } = await parseOk(text);
    expect(items[0]?.uraian).toBe('Pipa PVC 4" panjang 1 m');
  });

  it("reads a semicolon CSV with Indonesian numbers and a BOM", async () => {
    const csv = toCsv(
      [[...HEADER], row("1", "Tenaga Kerja", "TK-1", "Pekerja", "0,013"), row("1", "Bahan", "B-1", "Pasir", "1.234,5")],
      ";",
      "\r\n",
    );
    const data = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(csv)]);
    const { items, report } = await parseOk(data);
    expect(items[0]?.lines.map((l) => [l.kategori, l.koefisien])).toEqual([
      ["TK", "0.013"],
      ["BHN", "1234.5"],
    ]);
    expect(report.decimalStyle).toBe("comma");
  });

  it("reads a tab-separated file whose descriptions contain commas", async () => {
    const csv = toCsv([[...HEADER], row("1", "ALT", "E-1", "Molen, 0,3 m3", "0.25")], "\t");
    const { items } = await parseOk(csv);
    expect(items[0]?.lines[0]).toMatchObject({ kategori: "ALT", uraianItem: "Molen, 0,3 m3", koefisien: "0.25" });
  });

  it("reads 17,415 as thousands in an English-style file, and as 17.415 in an Indonesian one", async () => {
    const en = await parseOk(toCsv([[...HEADER], row("1", "TK", "a", "A", "17,415"), row("1", "BHN", "b", "B", "0.5")]));
    expect(en.items[0]?.lines[0]?.koefisien).toBe("17415");
    const id = await parseOk(toCsv([[...HEADER], row("1", "TK", "a", "A", "17,415"), row("1", "BHN", "b", "B", "0,5")]));
    expect(id.items[0]?.lines[0]?.koefisien).toBe("17.415");
  });

  it("finds the header below title rows", async () => {
    const csv = toCsv([["Daftar AHSP Cipta Karya"], [], [...HEADER], row("1", "TK", "a", "A", "1")]);
    const { items, report } = await parseOk(csv);
    expect(items).toHaveLength(1);
    expect(report.counts.rows).toBe(1);
  });

  it("rejects bad rows with their spreadsheet row number (header = row 1) and skips their item", async () => {
    const csv = toCsv([
      [...HEADER], // row 1
      row("1", "TK", "a", "Pekerja", "0.5"), // row 2
      row("2", "TK", "a", "Pekerja", ""), // row 3: empty koefisien
      [], // row 4: blank, counted as a row number but not as data
      row("2", "BHN", "b", "Pasir", "abc"), // row 5
      row("3", "TK", "a", "Pekerja", "-0.5"), // row 6
      row("4", "TK", "a", "Pekerja", "0.1234567"), // row 7
      row("", "TK", "a", "Pekerja", "1"), // row 8: no kode
      [...row("5", "TK", "a", "Pekerja", "1"), "stray"], // row 9: shifted row
      row("6", "", "", "Pekerja", "1"), // row 10
      row("7", "TK", "a", "Pekerja", "1"), // row 11: fine
    ]);
    const { items, report } = await parseOk(csv);
    expect(items.map((i) => i.kode)).toEqual(["1", "7"]);
    expect(report.rejected).toEqual([
      { row: 3, kode: "2", reason: "koefisien kosong" },
      { row: 5, kode: "2", reason: 'koefisien "abc" bukan angka' },
      { row: 6, kode: "3", reason: "koefisien negatif (-0.5)" },
      { row: 7, kode: "4", reason: 'koefisien "0.1234567" punya lebih dari 6 angka desimal' },
      { row: 8, reason: "kode_ahsp kosong" },
      { row: 9, kode: "5", reason: expect.stringMatching(/^jumlah kolom \(9\) melebihi header \(8\)/) },
      { row: 10, kode: "6", reason: "kategori kosong; kode_item kosong" },
    ]);
    expect(report.skippedKodes).toEqual(["2", "3", "4", "5", "6"]);
    expect(report.counts).toMatchObject({ rows: 9, items: 2, rejectedRows: 7, skippedItems: 5 });
  });

  it("ignores trailing empty fields", async () => {
    const { items, report } = await parseOk(`${HEADER.join(",")}\n1,x,m3,TK,a,A,OH,1,,\n`);
    expect(items).toHaveLength(1);
    expect(report.rejected).toEqual([]);
  });

  it("groups a kode that reappears after other items, with a warning", async () => {
    const csv = toCsv([[...HEADER], row("1", "TK", "a", "A", "1"), row("2", "TK", "a", "A", "2"), row("1", "BHN", "b", "B", "3")]);
    const { items, report } = await parseOk(csv);
    expect(items.map((i) => [i.kode, i.lines.length])).toEqual([
      ["1", 2],
      ["2", 1],
    ]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ type: "KODE_NOT_CONTIGUOUS", kode: "1", row: 4 }));
  });

  it("warns when rows of one item disagree on its name, keeping the first", async () => {
    const csv = toCsv([[...HEADER], row("1", "TK", "a", "A", "1", { nama: "Galian" }), row("1", "BHN", "b", "B", "1", { nama: "Urugan" })]);
    const { items, report } = await parseOk(csv);
    expect(items[0]?.uraian).toBe("Galian");
    expect(report.warnings).toContainEqual(expect.objectContaining({ type: "ITEM_FIELDS_DIFFER", kode: "1", row: 3 }));
  });

  it("maps unknown kategori words to LAIN and says so once per word", async () => {
    const csv = toCsv([[...HEADER], row("1", "Subkon", "x", "X", "1"), row("1", "Subkon", "y", "Y", "1"), row("1", "LAIN", "z", "Z", "1")]);
    const { items, report } = await parseOk(csv);
    expect(items[0]?.lines.map((l) => l.kategori)).toEqual(["LAIN", "LAIN", "LAIN"]);
    const unknown = report.warnings.filter((w) => w.type === "KATEGORI_UNRECOGNISED");
    expect(unknown).toEqual([expect.objectContaining({ kode: "1", row: 2, message: expect.stringContaining("(2 baris)") })]);
  });

  it("fails on an unterminated quote with the line", async () => {
    const failure = await parseFail(`${HEADER.join(",")}\n1,"open,m3,TK,a,A,OH,1\n`);
    expect(failure.error.code).toBe("INVALID_CSV");
  });
});
