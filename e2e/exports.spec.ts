import { readFileSync } from "node:fs";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { numberAt, pdfPages, readWorkbook, rowsByText } from "../tests/support/exports";
import { apiAs, signUpAndLogIn } from "./support";

/*
 * A project built over the API, then the Rekap RAB downloaded from its page as XLSX and PDF.
 * By hand, BUK 10%, PPN 11%, rounding to Rp 1.000:
 *   Pasangan bata: E = 1 × 100.000 + 2 × 20.000 = 140.000, G = 154.000, volume 3    → 462.000
 *   Plesteran:     E = 0,5 × 100.000 = 50.000,              G = 55.000,  volume 12,5 → 687.500
 *   D = 1.149.500; PPN = 126.445; Total = 1.275.945; pembulatan = 1.276.000
 */
const NAME = "Pos Jaga Désa Ñagrak";
const EXPECTED = { d: 1_149_500, ppn: 126_445, total: 1_275_945, pembulatan: 1_276_000 };

async function buildProject(request: APIRequestContext, email: string, password: string): Promise<string> {
  const api = await apiAs(request, email, password);
  const project = await api("post", "/projects", {
    name: NAME,
    location: "Garut",
    client: "Dinas PUPR",
    fundingSource: "APBD",
    fiscalYear: 2026,
    startDate: "2026-01-05",
    durationDays: 28,
    parties: { owner: { name: "Siti Aminah", title: "PPK" }, planningConsultant: { name: "CV Garis Rancang", title: "Direktur" } },
  });
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Pekerjaan Dinding" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Pasangan" });
  const pekerjaan = [
    {
      uraian: "Pasangan bata",
      volume: "3",
      lines: [
        { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 },
        { kategori: "BHN", kode: "B.01", uraian: "Bata merah", satuan: "bh", koefisien: 2 },
      ],
    },
    { uraian: "Plesteran", volume: "12.5", lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.5" }] },
  ];
  for (const { uraian, volume, lines } of pekerjaan) {
    const p = await api("post", `${base}/pekerjaan`, { subKlasifikasiId: sub.id, source: "custom", uraian, satuan: "m2" });
    await api("put", `${base}/pekerjaan/${p.id}/lines`, { lines });
    await api("put", `${base}/pekerjaan/${p.id}/volume`, { value: volume });
  }
  await api("patch", `${base}/harga-items`, {
    items: [
      { kode: "L.01", harga: 100000 },
      { kode: "B.01", harga: 20000 },
    ],
  });
  return project.id;
}

/** Clicks a download button and returns the saved file with the name the browser offered. */
async function downloadFrom(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

test("download the Rekap RAB as XLSX and PDF from its page, check their totals", async ({ page, request }) => {
  const password = "rahasia-e2e-7";
  const email = await signUpAndLogIn(page, request, "ekspor", password);
  const projectId = await buildProject(request, email, password);
  await page.goto(`/projects/${projectId}/rekap-rab`);
  await expect(page.getByText("Rp 1.276.000,00")).toBeVisible();

  const xlsx = await downloadFrom(page, "Unduh XLSX");
  expect(xlsx.name).toMatch(/^RAB_pos-jaga-désa-ñagrak_\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole("status").filter({ hasText: `Tersimpan: ${xlsx.name}` })).toBeVisible();
  const sheet = (await readWorkbook(xlsx.body)).getWorksheet("RAB")!;
  const totals = rowsByText(sheet, 1, 10);
  expect(numberAt(totals.get("JUMLAH BIAYA LANGSUNG (D)")!.getCell(7))).toBe(EXPECTED.d);
  expect(numberAt(totals.get("PPN 11%")!.getCell(7))).toBeCloseTo(EXPECTED.ppn, 6);
  expect(numberAt(totals.get("JUMLAH TOTAL (D + PPN)")!.getCell(7))).toBeCloseTo(EXPECTED.total, 6);
  expect(numberAt(totals.get("DIBULATKAN")!.getCell(7))).toBe(EXPECTED.pembulatan);
  expect(numberAt(rowsByText(sheet, 3, 10).get("Plesteran")!.getCell(7))).toBe(687_500);

  const pdf = await downloadFrom(page, "Unduh PDF");
  expect(pdf.name).toMatch(/^RAB_pos-jaga-désa-ñagrak_\d{4}-\d{2}-\d{2}\.pdf$/);
  const [rab, recap] = pdfPages(pdf.body);
  for (const text of [rab!, recap!]) {
    expect(text).toContain(NAME);
    expect(text).toContain("1.276.000,00");
    expect(text).toContain("Terbilang: Satu juta dua ratus tujuh puluh enam ribu rupiah");
    expect(text).toContain("Siti Aminah");
  }
  for (const amount of ["462.000,00", "687.500,00", "1.149.500,00", "126.445,00", "1.275.945,00"]) expect(rab).toContain(amount);
});

test("a refused download shows the API's message and leaves the buttons usable", async ({ page, request }) => {
  const password = "rahasia-e2e-8";
  const email = await signUpAndLogIn(page, request, "ekspor-gagal", password);
  const projectId = await buildProject(request, email, password);
  await page.route("**/exports/rekap-rab.csv", (route) =>
    route.fulfill({
      status: 429,
      contentType: "application/json",
      body: JSON.stringify({
        ok: false,
        error: { code: "RATE_LIMIT_EXCEEDED", message: "Terlalu banyak permintaan. Coba lagi nanti.", requestId: "e2e" },
      }),
    }),
  );
  await page.goto(`/projects/${projectId}/rekap-rab`);
  await page.getByRole("button", { name: "Unduh CSV", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Gagal mengunduh: Terlalu banyak permintaan. Coba lagi nanti." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unduh CSV", exact: true })).toBeEnabled();

  await page.unroute("**/exports/rekap-rab.csv");
  const csv = await downloadFrom(page, "Unduh CSV");
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.body.toString("utf8")).toContain("DIBULATKAN;;;;;;1.276.000,00");
  await expect(page.getByRole("alert").filter({ hasText: "Gagal mengunduh" })).toHaveCount(0);
});

test("the export menu's kutipan referensi choice shortens the citation in the downloaded document", async ({ page, request }) => {
  const password = "rahasia-e2e-9";
  const email = await signUpAndLogIn(page, request, "ekspor-kutipan", password);
  const api = await apiAs(request, email, password);
  const project = await api("post", "/projects", {
    name: "Kutipan",
    location: "Garut",
    client: "Dinas PUPR",
    fundingSource: "APBD",
    startDate: "2026-01-05",
    durationDays: 28,
  });
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Persiapan" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Pagar" });
  const uraian = "Pagar sementara (Lihat Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat Nomor 8 Tahun 2023 Lampiran B U.1.1.1 (c))";
  await api("post", `${base}/pekerjaan`, { subKlasifikasiId: sub.id, source: "custom", uraian, satuan: "m'" });
  await page.goto(`/projects/${project.id}/rekap-rab`);

  const select = page.getByRole("combobox", { name: "Kutipan referensi pada dokumen" });
  await expect(select).toHaveValue("full");
  await select.selectOption({ label: "Kutipan singkat (Permen PUPR 8/2023)" });
  const short = await downloadFrom(page, "Unduh CSV");
  expect(short.body.toString("utf8")).toContain(";Pagar sementara (Permen PUPR 8/2023 Lampiran B U.1.1.1 (c));");
  await select.selectOption("none");
  const none = await downloadFrom(page, "Unduh CSV");
  expect(none.body.toString("utf8")).toContain(";Pagar sementara;");
});
