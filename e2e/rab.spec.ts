import { expect, test, type Locator, type Page } from "@playwright/test";
import { addAnalysisLines, signUpAndLogIn } from "./support";

/**
 * The estimator's whole path through the UI: a project, a klasifikasi and a sub, one
 * pekerjaan from the AHSP library and one custom with three lines, volumes (one by formula
 * over parameters), prices (typed in a cell and pasted in bulk), then the Rekap RAB total
 * and terbilang on screen, computed here by hand from the numbers entered.
 */

// The library's 1.2.1.1.1 (galian tanah biasa s.d. 1 m, manual): Mandor and Pekerja.
const GALIAN = { kode: "1.2.1.1.1", lines: { "L.04": "0.038000", "L.01": "0.750000" } };

const PRICES = { "L.04": "150.000", "L.01": "100000" };
const CUSTOM_LINES = [
  { kategori: "TK", kode: "K-TK1", uraian: "Tukang batu", satuan: "OH", koefisien: "0,5" },
  { kategori: "BHN", kode: "K-BHN1", uraian: "Batu kali", satuan: "m3", koefisien: "1,2" },
  { kategori: "ALT", kode: "K-ALT1", uraian: "Molen", satuan: "jam", koefisien: "0,25" },
];

/*
 * By hand, BUK 10%, PPN 11%, rounding to Rp 1.000:
 *   galian: E = 0,038 × 150.000 + 0,75 × 100.000 = 5.700 + 75.000 = 80.700
 *           G = 80.700 × 1,1 = 88.770; volume panjang × lebar = 8 × 2,5 = 20 → 1.775.400
 *   custom: E = 0,5 × 120.000 + 1,2 × 250.000 + 0,25 × 80.000 = 60.000 + 300.000 + 20.000 = 380.000
 *           G = 418.000; volume 12,5 → 5.225.000
 *   D = 7.000.400; PPN = 770.044; Total = 7.770.444; pembulatan = 7.770.000
 *   Σ E × volume (Rekap Kebutuhan) = 80.700 × 20 + 380.000 × 12,5 = 6.364.000
 */
const EXPECTED = {
  d: "Rp 7.000.400,00",
  ppn: "Rp 770.044,00",
  total: "Rp 7.770.444,00",
  pembulatan: "Rp 7.770.000,00",
  terbilang: "Tujuh juta tujuh ratus tujuh puluh ribu rupiah",
  kebutuhan: "Rp 6.364.000,00",
};

async function openTab(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Langkah penyusunan RAB" }).getByRole("link", { name }).click();
}

/** Opens a grid cell for editing, types, and presses Enter (which saves and moves down). */
async function editCell(cell: Locator, inputName: string | RegExp, text: string) {
  await cell.dblclick();
  const input = cell.page().getByRole("textbox", { name: inputName });
  await input.fill(text);
  await input.press("Enter");
}

test("build an RAB from a library and a custom pekerjaan, check total and terbilang", async ({ page, request }) => {
  await signUpAndLogIn(page, request, "rab", "rahasia-e2e-5");

  // Project
  await page.getByRole("button", { name: "Proyek baru", exact: true }).click();
  await page.getByLabel("Nama proyek").fill("Saluran Desa Sukamaju");
  await page.getByLabel("Lokasi").fill("Pangandaran");
  await page.getByLabel("Pemberi tugas").fill("Dinas PUPR");
  await page.getByRole("dialog").getByLabel("Sumber dana").fill("APBD");
  await page.getByLabel("Tanggal mulai").fill("2026-03-02");
  await page.getByLabel("Durasi (hari kalender)").fill("90");
  await page.getByRole("button", { name: "Buat proyek" }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/pekerjaan$/);
  const projectUrl = page.url().replace(/\/pekerjaan$/, "");
  const projectId = projectUrl.split("/").pop()!;
  await expect(page.getByRole("heading", { name: "Saluran Desa Sukamaju" })).toBeVisible();

  // Klasifikasi and sub-klasifikasi
  await page.getByLabel("Nama klasifikasi baru").fill("Pekerjaan Tanah");
  await page.getByRole("button", { name: "Tambah klasifikasi" }).click();
  await page.getByLabel("Nama sub-klasifikasi baru di Pekerjaan Tanah").fill("Galian dan pasangan");
  await page.getByRole("button", { name: "Tambah sub-klasifikasi" }).click();

  // A pekerjaan from the library, through the reference search
  await page.getByRole("button", { name: "Tambah pekerjaan ke Galian dan pasangan" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Cari kode atau uraian" }).fill(GALIAN.kode);
  await dialog
    .getByRole("option")
    .filter({ has: page.getByText(GALIAN.kode, { exact: true }) })
    .click();
  await expect(dialog.getByRole("heading", { name: /Penggalian 1 m3 tanah biasa sedalam s.d. 1 m/ })).toBeVisible();
  await dialog.getByRole("button", { name: "Tambahkan item terpilih" }).click();
  const tree = page.getByRole("group", { name: "List Pekerjaan" });
  await expect(tree.getByText(/Penggalian 1 m3 tanah biasa/)).toBeVisible();

  // A custom pekerjaan
  await page.getByRole("button", { name: "Tambah pekerjaan ke Galian dan pasangan" }).click();
  await dialog.getByRole("tab", { name: "Pekerjaan custom" }).click();
  await dialog.getByLabel("Kode (opsional)").fill("K.1");
  await dialog.getByLabel("Uraian pekerjaan").fill("Pasangan batu kali");
  await dialog.getByLabel("Satuan").fill("m3");
  await dialog.getByRole("button", { name: "Tambahkan pekerjaan custom" }).click();
  const customRow = tree.getByRole("group", { name: "Pekerjaan K.1 Pasangan batu kali" });
  await expect(customRow).toBeVisible();

  // Keyboard reorder: Alt+↑ moves the custom item above the library one, and it stays there.
  await customRow.focus();
  await customRow.press("Alt+ArrowUp");
  await expect(customRow).toBeFocused();
  const order = () => tree.getByRole("group", { name: /^Pekerjaan / }).evaluateAll((rows) => rows.map((r) => r.getAttribute("aria-label")));
  await expect.poll(order).toEqual(["Pekerjaan K.1 Pasangan batu kali", expect.stringMatching(/^Pekerjaan 1\.2\.1\.1\.1 Penggalian/)]);
  await page.reload();
  await expect.poll(order).toEqual(["Pekerjaan K.1 Pasangan batu kali", expect.stringMatching(/^Pekerjaan 1\.2\.1\.1\.1 Penggalian/)]);

  // The library pekerjaan's koefisien, read from the API: the hand computation above uses them.
  const treeData = (await (await page.request.get(`/api/v1/projects/${projectId}/tree`)).json()).data;
  const galianId: string = treeData.klasifikasi[0].subKlasifikasi[0].pekerjaan.find((p: { kode: string }) => p.kode === GALIAN.kode).id;
  const galian = (await (await page.request.get(`/api/v1/projects/${projectId}/pekerjaan/${galianId}`)).json()).data;
  expect(Object.fromEntries(galian.lines.map((l: { kode: string; koefisien: string }) => [l.kode, l.koefisien]))).toEqual(GALIAN.lines);

  // Three analysis lines for the custom pekerjaan
  await customRow.getByRole("link", { name: "Analisa" }).click();
  await expect(page).toHaveURL(/\/analisa\?p=/);
  await expect(page.getByRole("heading", { name: "Pasangan batu kali" })).toBeVisible();
  await addAnalysisLines(page, CUSTOM_LINES);
  await expect(page.getByText("Ada perubahan yang belum disimpan.")).toBeVisible();
  await page.getByRole("button", { name: "Simpan analisa" }).click();
  await expect(page.getByText("Semua perubahan tersimpan.")).toBeVisible();
  await expect(page.getByText("Ada perubahan yang belum disimpan.")).toBeHidden();

  // The library pekerjaan is read-only until converted.
  await page.getByLabel("Pekerjaan", { exact: true }).selectOption(galianId);
  await expect(page.getByRole("button", { name: "Ubah jadi modifikasi" })).toBeVisible();

  // Volumes: parameters and a formula for the galian, a typed number for the custom item
  await openTab(page, "Volume");
  await page.getByLabel("Nama parameter baru").fill("panjang");
  await page.getByLabel("Nilai parameter baru").fill("8");
  await page.getByRole("button", { name: "Tambah parameter" }).click();
  await page.getByLabel("Nama parameter baru").fill("lebar");
  await page.getByLabel("Nilai parameter baru").fill("2,5");
  await page.getByRole("button", { name: "Tambah parameter" }).click();
  const volumes = page.getByRole("treegrid", { name: "Volume pekerjaan" });
  await expect(page.getByRole("grid", { name: "Parameter proyek" }).getByRole("row")).toHaveCount(3);
  const galianVolume = volumes
    .getByRole("row", { name: /Penggalian/ })
    .getByRole("gridcell")
    .nth(4);
  // An unknown parameter is refused: the cell keeps the text and shows the server's message naming it.
  await editCell(galianVolume, /^Volume 1\.2\.1\.1\.1/, "=panjang*tinggi");
  await expect(galianVolume.getByRole("alert")).toContainText("tinggi");
  await editCell(galianVolume, /^Volume 1\.2\.1\.1\.1/, "=panjang*lebar");
  await expect(galianVolume).toHaveText(/20$/);
  const customVolume = volumes
    .getByRole("row", { name: /Pasangan batu kali/ })
    .getByRole("gridcell")
    .nth(4);
  await editCell(customVolume, "Volume K.1 Pasangan batu kali", "12,5");
  await expect(customVolume).toHaveText("12,5");

  // Prices: one typed into its cell, the rest pasted from a spreadsheet in one go
  await openTab(page, "Harga Items");
  const harga = page.getByRole("grid", { name: "Harga items" });
  await editCell(harga.getByRole("row", { name: /L.04/ }).getByRole("gridcell").nth(3), /^Harga L.04/, PRICES["L.04"]);
  await expect(harga.getByRole("row", { name: /L.04/ })).toContainText("150.000,00");
  await page.getByRole("button", { name: "Tempel dari spreadsheet" }).click();
  await page
    .getByLabel("Baris kode dan harga")
    .fill(
      `Kode\tUraian\tHarga\nL.01\tPekerja\t${PRICES["L.01"]}\nK-TK1\tTukang batu\t120.000\nK-BHN1\tBatu kali\t250000,00\nK-ALT1\tMolen\tRp 80.000`,
    );
  await page.getByRole("button", { name: "Simpan harga" }).click();
  await expect(page.getByText("4 harga diperbarui dari tempelan.")).toBeVisible();
  await expect(harga.getByRole("row", { name: /K-BHN1/ })).toContainText("250.000,00");

  // Rekap RAB: rows, subtotals and the document's foot
  await openTab(page, "Rekap RAB");
  const rekap = page.getByRole("treegrid", { name: "Rekap RAB" });
  await expect(rekap.getByRole("row", { name: /Pasangan batu kali/ })).toContainText("418.000,00");
  await expect(rekap.getByRole("row", { name: /Pasangan batu kali/ })).toContainText("5.225.000,00");
  await expect(rekap.getByRole("row", { name: /Penggalian/ })).toContainText("1.775.400,00");
  await expect(rekap.getByRole("row", { name: /Pekerjaan Tanah/ })).toContainText("7.000.400,00");
  await expect(page.getByTestId("rekap-d")).toHaveText(EXPECTED.d);
  await expect(page.getByTestId("rekap-ppn")).toHaveText(EXPECTED.ppn);
  await expect(page.getByTestId("rekap-total")).toHaveText(EXPECTED.total);
  await expect(page.getByTestId("rekap-pembulatan")).toHaveText(EXPECTED.pembulatan);
  await expect(page.getByTestId("rekap-terbilang")).toHaveText(EXPECTED.terbilang);

  // Rekap Kebutuhan totals Σ E × volume, the RAB before overhead & profit
  await openTab(page, "Rekap Kebutuhan");
  await expect(page.getByTestId("kebutuhan-total")).toHaveText(EXPECTED.kebutuhan);

  // The dashboard shows the project's current total.
  await page.getByRole("link", { name: "← Semua proyek" }).click();
  await expect(page.getByRole("row", { name: /Saluran Desa Sukamaju/ })).toContainText(EXPECTED.total);
});

test("another user gets the 404 page for a project URL", async ({ page, request, browser }) => {
  await signUpAndLogIn(page, request, "pemilik", "rahasia-e2e-6");
  const created = await page.request.post("/api/v1/projects", {
    data: {
      name: "Proyek Rahasia",
      location: "Bandung",
      client: "Dinas",
      fundingSource: "APBD",
      startDate: "2026-01-05",
      durationDays: 30,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data;
  const own = await page.goto(`/projects/${id}/rekap-rab`);
  expect(own?.status()).toBe(200);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpAndLogIn(otherPage, other.request, "tamu", "rahasia-e2e-7");
  for (const path of [`/projects/${id}`, `/projects/${id}/rekap-rab`, `/projects/${id}/analisa`]) {
    const response = await otherPage.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(otherPage.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(otherPage.getByText("Proyek Rahasia")).toBeHidden();
  }
  await other.close();
});
