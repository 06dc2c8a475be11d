// The estimator's flow through the HTTP API, reproducing hand-worked estimates (rules in
// docs/calculation.md) to the exact strings of Rekap RAB, Rincian AHSP and Rekap Kebutuhan.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Decimal } from "@/lib/calc";
import { type LineBody, rabClient } from "../support/rab";

const { newUser, ok, newProject, newSection, newPekerjaan, setPrices } = rabClient(inject("baseUrl"));

const EXAMPLE_2_LINES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.15" },
  { kategori: "BHN", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: 7.5 },
  { kategori: "ALT", kode: "E.01", uraian: "Molen", satuan: "jam", koefisien: "0.1" },
  { kategori: "LAIN", kode: "X.01", uraian: "Lain-lain", satuan: "ls", koefisien: "0.05" },
];

function rekapPekerjaan(rekap: any): any[] {
  return rekap.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));
}

describe("domain example 1: one line per kategori, BUK 10%", () => {
  let token: string;
  let projectId: string;
  let pekerjaanId: string;

  beforeAll(async () => {
    ({ token } = await newUser("ex1"));
    projectId = await newProject(token);
    const { subKlasifikasiId } = await newSection(token, projectId);
    pekerjaanId = await newPekerjaan(token, projectId, subKlasifikasiId, {
      uraian: "Contoh 1",
      volume: "1",
      lines: [
        { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 },
        { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg", koefisien: 2 },
        { kategori: "ALT", kode: "E.01", uraian: "Molen", satuan: "jam", koefisien: 3 },
        { kategori: "LAIN", kode: "X.01", uraian: "Lain", satuan: "ls", koefisien: 4 },
      ],
    });
    await setPrices(token, projectId, { "L.01": "100000", "B.01": 20000, "E.01": "50000", "X.01": "30000.00" });
  });

  it("Rekap RAB shows A 100.000 … jumlah 451.000 and the totals with PPN 11%", async () => {
    const rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
    const [p] = rekapPekerjaan(rekap);
    expect(p).toMatchObject({
      id: pekerjaanId,
      uraian: "Contoh 1",
      satuan: "m3",
      volume: "1.000",
      A: "100000.00",
      B: "40000.00",
      C: "150000.00",
      L: "120000.00",
      E: "410000.00",
      F: "41000.00",
      hargaSatuan: "451000.00",
      jumlah: "451000.00",
    });
    expect(rekap.klasifikasi[0].jumlah).toBe("451000.00");
    expect(rekap.klasifikasi[0].subKlasifikasi[0].jumlah).toBe("451000.00");
    expect(rekap.totals).toEqual({
      totalBiayaLangsung: "451000.00",
      ppnPercent: "11.00",
      ppn: "49610.00",
      total: "500610.00",
      roundingBase: 1000,
      pembulatan: "501000.00",
      terbilang: "lima ratus satu ribu rupiah",
      unitPriceRounding: "0.01",
    });
  });

  it("Rincian AHSP lists the lines with harga and jumlah, and A through G", async () => {
    const rincian = await ok(token, `/api/v1/projects/${projectId}/rincian-ahsp/${pekerjaanId}`);
    expect(rincian.lines.map((l: any) => [l.kategori, l.kode, l.koefisien, l.harga, l.jumlah])).toEqual([
      ["TK", "L.01", "1.000000", "100000.00", "100000.00"],
      ["BHN", "B.01", "2.000000", "20000.00", "40000.00"],
      ["ALT", "E.01", "3.000000", "50000.00", "150000.00"],
      ["LAIN", "X.01", "4.000000", "30000.00", "120000.00"],
    ]);
    expect([rincian.A, rincian.B, rincian.C, rincian.L, rincian.E, rincian.F, rincian.G]).toEqual([
      "100000.00",
      "40000.00",
      "150000.00",
      "120000.00",
      "410000.00",
      "41000.00",
      "451000.00",
    ]);
  });
});

describe("domain example 2: fractional koefisien, BUK 12,5%, a 20% override, a volume formula", () => {
  let token: string;
  let projectId: string;
  let p2: string;
  let p3: string;

  beforeAll(async () => {
    ({ token } = await newUser("ex2"));
    projectId = await newProject(token);
    await ok(token, `/api/v1/projects/${projectId}/pricing`, { method: "PATCH", json: { overheadProfitPercent: "12.5" } });
    const { subKlasifikasiId } = await newSection(token, projectId);
    p2 = await newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Contoh 2", lines: EXAMPLE_2_LINES });
    p3 = await newPekerjaan(token, projectId, subKlasifikasiId, {
      uraian: "Contoh 2 dengan BUK 20%",
      volume: "2",
      lines: [...EXAMPLE_2_LINES, { kategori: "BHN", kode: "B.02", uraian: "Pasir", satuan: "m3", koefisien: "0.5" }],
    });
    await ok(token, `/api/v1/projects/${projectId}/pekerjaan/${p3}`, { method: "PATCH", json: { overheadProfitPercent: 20 } });
    await setPrices(token, projectId, { "L.01": "150000", "B.01": "12000", "E.01": "300000", "X.01": "2000000", "B.02": "95500" });
    await ok(token, `/api/v1/projects/${projectId}/parameters`, { json: { name: "Panjang", value: "4" } }, 201);
    await ok(token, `/api/v1/projects/${projectId}/parameters`, { json: { name: "lebar", value: "2.5" } }, 201);
    const volume = await ok(token, `/api/v1/projects/${projectId}/pekerjaan/${p2}/volume`, {
      method: "PUT",
      json: { formula: "panjang * LEBAR" },
    });
    // Its lines, then this volume: each moved the editVersion.
    expect(volume).toEqual({ id: p2, volume: "10.000", volumeFormula: "panjang * LEBAR", takeoff: [], editVersion: 2 });
  });

  it("E 242.500, F 30.312,50, G 272.812,50, jumlah 2.728.125,00; with the override E 290.250 … jumlah 696.600", async () => {
    const rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
    const pick = (p: any) => [p.volume, p.E, p.F, p.hargaSatuan, p.jumlah];
    const [a, b] = rekapPekerjaan(rekap);
    expect(pick(a)).toEqual(["10.000", "242500.00", "30312.50", "272812.50", "2728125.00"]);
    expect(pick(b)).toEqual(["2.000", "290250.00", "58050.00", "348300.00", "696600.00"]);
    expect(rekap.totals).toEqual({
      totalBiayaLangsung: "3424725.00",
      ppnPercent: "11.00",
      ppn: "376719.75",
      total: "3801444.75",
      roundingBase: 1000,
      pembulatan: "3801000.00",
      terbilang: "tiga juta delapan ratus satu ribu rupiah",
      unitPriceRounding: "0.01",
    });
  });

  it("changing a parameter re-evaluates the dependent volume, and the rekap follows", async () => {
    const params = await ok(token, `/api/v1/projects/${projectId}/parameters`);
    const panjang = params.find((p: any) => p.name === "panjang");
    const res = await ok(token, `/api/v1/projects/${projectId}/parameters/${panjang.id}`, { method: "PATCH", json: { value: 8 } });
    // With the version the pekerjaan now holds: the Volume grid sends it back with its next save.
    const { editVersion } = await ok(token, `/api/v1/projects/${projectId}/pekerjaan/${p2}`);
    expect(res.reevaluated).toEqual([{ id: p2, volume: "20.000", takeoff: [], editVersion }]);
    const rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
    expect(rekapPekerjaan(rekap)[0].jumlah).toBe("5456250.00");
    await ok(token, `/api/v1/projects/${projectId}/parameters/${panjang.id}`, { method: "PATCH", json: { value: 4 } });
  });

  it("the projects list shows the same total as the Rekap RAB", async () => {
    const list = await ok(token, "/api/v1/projects");
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: projectId, total: "3801444.75", pembulatan: "3801000.00" });
  });
});

describe("domain example 3: a bundle, and Rekap Kebutuhan = Σ E × volume", () => {
  let token: string;
  let projectId: string;
  let klasifikasiId: string;
  let bundled: string;
  let user: string;

  beforeAll(async () => {
    ({ token } = await newUser("ex3"));
    projectId = await newProject(token);
    const section = await newSection(token, projectId);
    klasifikasiId = section.klasifikasiId;
    bundled = await newPekerjaan(token, projectId, section.subKlasifikasiId, {
      uraian: "Komponen",
      lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.75" }],
    });
    user = await newPekerjaan(token, projectId, section.subKlasifikasiId, {
      uraian: "Pemakai bundle",
      volume: "2",
      lines: [
        { kategori: "LAIN", kode: "BDL.01", uraian: "Komponen", satuan: "m3", koefisien: 4, bundlePekerjaanId: bundled },
        { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg", koefisien: "1.5" },
      ],
    });
    const other = await newSection(token, projectId, "Pekerjaan Arsitektur");
    await newPekerjaan(token, projectId, other.subKlasifikasiId, {
      uraian: "Plester",
      volume: "12.5",
      lines: [
        { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.3" },
        { kategori: "ALT", kode: "E.01", uraian: "Molen", satuan: "jam", koefisien: "0.25" },
      ],
    });
    await setPrices(token, projectId, { "L.01": "100000", "B.01": "1333.34", "E.01": "45000" });
  });

  it("shows the bundle's labour in the pekerjaan's A (flat split), 4 × 0,75 × 100.000 = 300.000", async () => {
    const rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
    const p = rekapPekerjaan(rekap).find((x: any) => x.id === user);
    expect([p.A, p.B, p.L, p.E]).toEqual(["300000.00", "2000.01", "0.00", "302000.01"]);
    const rincian = await ok(token, `/api/v1/projects/${projectId}/rincian-ahsp/${user}`);
    expect(rincian.lines[0]).toMatchObject({ kategori: "LAIN", harga: "75000.00", jumlah: "300000.00", bundlePekerjaanId: bundled });
    // The Rincian's A–L are the sums of its printed lines: the bundle line counts under L.
    expect([rincian.A, rincian.B, rincian.C, rincian.L, rincian.E]).toEqual(["0.00", "2000.01", "0.00", "300000.00", "302000.01"]);
  });

  it("counts the bundle's resources in their own kategori: 0,75 × 4 × 2 = 6 OH (+ 3,75 OH of the plester)", async () => {
    const kebutuhan = await ok(token, `/api/v1/projects/${projectId}/rekap-kebutuhan`);
    expect(kebutuhan.items.map((i: any) => [i.kategori, i.kode, i.quantity, i.harga, i.jumlah])).toEqual([
      ["TK", "L.01", "9.750", "100000.00", "975000.00"],
      ["BHN", "B.01", "3.000", "1333.34", "4000.02"],
      ["ALT", "E.01", "3.125", "45000.00", "140625.00"],
    ]);
    expect(kebutuhan.items[0]).toMatchObject({ uraian: "Pekerja", satuan: "OH" });
  });

  it("totals Σ E × volume, the RAB before overhead & profit", async () => {
    const [rekap, kebutuhan] = await Promise.all([
      ok(token, `/api/v1/projects/${projectId}/rekap-rab`),
      ok(token, `/api/v1/projects/${projectId}/rekap-kebutuhan`),
    ]);
    const sumEV = rekapPekerjaan(rekap).reduce((s: Decimal, p: any) => s.plus(new Decimal(p.E).times(p.volume)), new Decimal(0));
    expect(kebutuhan.totals.total).toBe(sumEV.toFixed(2));
    expect(kebutuhan.totals).toEqual({ TK: "975000.00", BHN: "4000.02", ALT: "140625.00", LAIN: "0.00", total: "1119625.02" });
  });

  it("filters by klasifikasi (bundles still resolved) and by kategori", async () => {
    const base = `/api/v1/projects/${projectId}/rekap-kebutuhan`;
    const struktur = await ok(token, `${base}?klasifikasiId=${klasifikasiId}&kategori=`);
    expect(struktur.items.map((i: any) => [i.kode, i.quantity])).toEqual([
      ["L.01", "6.000"],
      ["B.01", "3.000"],
    ]);
    const tk = await ok(token, `${base}?kategori=TK`);
    expect(tk.items.map((i: any) => i.kode)).toEqual(["L.01"]);
    expect(tk.totals.total).toBe("1119625.02");
  });

  it("the projects list total agrees with the engine through bundles", async () => {
    const [rekap, list] = await Promise.all([ok(token, `/api/v1/projects/${projectId}/rekap-rab`), ok(token, "/api/v1/projects")]);
    expect(list[0].total).toBe(rekap.totals.total);
    expect(list[0].pembulatan).toBe(rekap.totals.pembulatan);
  });
});

describe("domain example 4: PPN 10%, pembulatan to 10.000 and terbilang", () => {
  it("D 8.012.739.981 → PPN 801.273.998,10, total 8.814.013.979,10, pembulatan 8.814.010.000", async () => {
    const { token } = await newUser("ex4");
    const projectId = await newProject(token, { overheadProfitPercent: 0, ppnPercent: "10", roundingBase: 10000 });
    const { subKlasifikasiId } = await newSection(token, projectId);
    await newPekerjaan(token, projectId, subKlasifikasiId, {
      uraian: "Struktur",
      volume: "1000",
      lines: [{ kategori: "BHN", kode: "B.01", uraian: "Beton", satuan: "m3", koefisien: 1 }],
    });
    await newPekerjaan(token, projectId, subKlasifikasiId, {
      uraian: "Sisa",
      volume: "1",
      lines: [{ kategori: "LAIN", kode: "X.01", uraian: "Lain", satuan: "ls", koefisien: 1 }],
    });
    await setPrices(token, projectId, { "B.01": "8000000", "X.01": "12739981" });
    const rekap = await ok(token, `/api/v1/projects/${projectId}/rekap-rab`);
    expect(rekap.totals).toEqual({
      totalBiayaLangsung: "8012739981.00",
      ppnPercent: "10.00",
      ppn: "801273998.10",
      total: "8814013979.10",
      roundingBase: 10000,
      pembulatan: "8814010000.00",
      terbilang: "delapan miliar delapan ratus empat belas juta sepuluh ribu rupiah",
      unitPriceRounding: "0.01",
    });
  });
});

describe("Periksa: values allowed but rarely meant are listed on the Rekap RAB", () => {
  it("lists a volume over 1.000.000, a koefisien over 10.000 and a harga over Rp 10.000.000.000, and nothing at the limits", async () => {
    const { token } = await newUser("periksa");
    const projectId = await newProject(token);
    const { subKlasifikasiId } = await newSection(token, projectId);
    const line = (kode: string, koefisien: string): LineBody => ({
      kategori: "BHN",
      kode,
      uraian: `Bahan ${kode}`,
      satuan: "kg",
      koefisien,
    });
    const atLimits = await newPekerjaan(token, projectId, subKlasifikasiId, {
      uraian: "Di batas",
      volume: "1000000",
      lines: [line("B.1", "10000")],
    });
    await setPrices(token, projectId, { "B.1": "10000000000" });
    const rekapMeta = async () =>
      (
        await fetch(`${inject("baseUrl")}/api/v1/projects/${projectId}/rekap-rab`, { headers: { authorization: `Bearer ${token}` } }).then(
          (r) => r.json(),
        )
      ).meta;
    expect((await rekapMeta()).periksa).toEqual([]);

    const over = await newPekerjaan(token, projectId, subKlasifikasiId, {
      uraian: "Bendungan",
      volume: "2000000",
      lines: [line("B.2", "10000.000001")],
    });
    await setPrices(token, projectId, { "B.2": "10000000000.01" });
    const periksa = (await rekapMeta()).periksa;
    expect(periksa).toEqual([
      { field: "volume", pekerjaanId: over, label: "Bendungan", value: "2000000.000", note: "Volume di atas 1.000.000: periksa lagi." },
      {
        field: "koefisien",
        pekerjaanId: over,
        label: "Bendungan: B.2",
        value: "10000.000001",
        note: "Koefisien di atas 10.000: periksa lagi.",
      },
      {
        field: "harga",
        pekerjaanId: null,
        label: "B.2 Bahan B.2",
        value: "10000000000.01",
        note: "Harga di atas Rp 10.000.000.000: periksa lagi.",
      },
    ]);
    expect(periksa.map((p: { pekerjaanId: string | null }) => p.pekerjaanId)).not.toContain(atLimits);
  });
});
