import { rmSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { addAnalysisLines, signUpAndLogIn } from "./support";

/**
 * The estimator's whole path in the browser, one user, one project: register, project, tree,
 * a library pekerjaan and a custom one that bundles it, volumes by formula over parameters,
 * prices, pricing, Rekap RAB (checked against the arithmetic below), Rekap Kebutuhan, jadwal
 * and Kurva S, the XLSX export, and a copy whose total matches. Every page visited is
 * screenshotted for review.
 */

// A shared 2-core CI machine answers slower than a laptop; waits are on UI state, never sleeps.
const expect = baseExpect.configure({ timeout: 15_000 });

const PASSWORD = "rahasia-e2e-wf";
const PROJECT = { name: "Saluran Irigasi Cikembang", start: "2026-03-02", days: "28" }; // a Monday: weeks M1–M4

// The library's 1.2.1.1.1 (galian tanah biasa s.d. 1 m, manual).
const GALIAN = {
  kode: "1.2.1.1.1",
  uraian: /Penggalian 1 m3 tanah biasa sedalam s.d. 1 m/,
  lines: { "L.04": "0.038", "L.01": "0.75" },
};
const CUSTOM = { kode: "K.1", uraian: "Pasangan batu kali", satuan: "m3" };
const CUSTOM_LINES = [
  { kategori: "TK", kode: "K-TK1", uraian: "Tukang batu", satuan: "OH", koefisien: "0.5" },
  { kategori: "BHN", kode: "K-BHN1", uraian: "Batu kali", satuan: "m3", koefisien: "1.2" },
];
/** The custom pekerjaan's LAIN line: 0,35 m3 galian per m3 pasangan, i.e. 0,35 × the galian's E. */
const BUNDLE_KOEFISIEN = "0.35";
const PARAMETERS = { panjang: "8", lebar: "2.5", kedalaman: "0.6" };
const GALIAN_FORMULA = "panjang*lebar*kedalaman";
const CUSTOM_VOLUME = "12.5";
const PRICES: Record<string, string> = { "L.04": "150000", "L.01": "100000", "K-TK1": "120000", "K-BHN1": "250000" };
const PRICING = { overheadProfitPercent: "12.5", ppnPercent: "11", roundingBase: 10_000 };
/** Jadwal: the custom pekerjaan planned 50% in M1 and M2, realised 30% in M1. */
const JADWAL = { fromWeek: 1, toWeek: 2, actualWeek1: "30" };

/**
 * The RAB by hand from the inputs above, by the rounding rule of docs/calculation.md: each line
 * rounded to the sen, F rounded, harga satuan to the sen (the default), jumlah from it, PPN rounded;
 * Rekap Kebutuhan rows from quantities printed to 3 decimals.
 */
function expectedRab() {
  const r2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const sum = (lines: [string, string][]) => lines.reduce((acc, [k, h]) => acc.plus(r2(new Decimal(k).times(h))), new Decimal(0));
  const galianE = sum(Object.entries(GALIAN.lines).map(([kode, k]) => [k, PRICES[kode]!]));
  const customE = sum(CUSTOM_LINES.map((l) => [l.koefisien, PRICES[l.kode]!])).plus(r2(new Decimal(BUNDLE_KOEFISIEN).times(galianE)));
  const G = (E: Decimal) => E.plus(r2(E.times(PRICING.overheadProfitPercent).div(100)));
  const galianVolume = Object.values(PARAMETERS).reduce((acc, v) => acc.times(v), new Decimal(1));
  const galian = { G: G(galianE), jumlah: r2(G(galianE).times(galianVolume)) };
  const custom = { G: G(customE), jumlah: r2(G(customE).times(CUSTOM_VOLUME)) };
  const d = galian.jumlah.plus(custom.jumlah);
  const ppn = r2(d.times(PRICING.ppnPercent).div(100));
  const total = d.plus(ppn);
  const pembulatan = total.div(PRICING.roundingBase).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(PRICING.roundingBase);
  // Rekap Kebutuhan: the galian's resources count for its own volume and for the bundle's share of the custom one.
  const galianNeeded = galianVolume.plus(new Decimal(BUNDLE_KOEFISIEN).times(CUSTOM_VOLUME));
  const row = (koefisien: string, volume: Decimal, kode: string) =>
    r2(new Decimal(koefisien).times(volume).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).times(PRICES[kode]!));
  const kebutuhan = [
    ...Object.entries(GALIAN.lines).map(([kode, k]) => row(k, galianNeeded, kode)),
    ...CUSTOM_LINES.map((l) => row(l.koefisien, new Decimal(CUSTOM_VOLUME), l.kode)),
  ].reduce((acc, v) => acc.plus(v), new Decimal(0));
  // Kurva S: bobot = jumlah / D; cumulative % rounded once, to 2 dp.
  const bobot = custom.jumlah.div(d);
  const plannedWeek1 = new Decimal(100).div(JADWAL.toWeek - JADWAL.fromWeek + 1);
  const deviation = new Decimal(JADWAL.actualWeek1).minus(plannedWeek1).times(bobot);
  return { galianVolume, galian, custom, d, ppn, total, pembulatan, kebutuhan, deviation };
}

/** id-ID money as the pages show it: "Rp 1.234.567,89" (half-up to 2 dp). */
function rupiah(value: Decimal): string {
  return `Rp ${money(value)}`;
}

function money(value: Decimal): string {
  const [whole = "", fraction = ""] = value.toFixed(2, Decimal.ROUND_HALF_UP).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${fraction}`;
}

/** id-ID percent: at most 2 dp, no trailing zeros ("-16,67"). */
function percent(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString().replace(".", ",");
}

/** Typed the way an estimator types: id-ID decimal comma. */
const typed = (value: string) => value.replace(".", ",");

/**
 * Screenshots live in test-results/workflow/, beside Playwright's outputDir (test-results/e2e),
 * not inside it: Playwright empties its outputDir when a run starts and keeps there only what
 * fails, while these are for reviewing a passing run. test-results/ is where scripts/test.sh
 * (run by .ci/run) writes every report, so CI keeps them with the rest. This test empties the
 * folder itself, so it never mixes two runs. Each shot is also attached to the test's report.
 */
function screenshots(testInfo: TestInfo) {
  const dir = path.resolve(testInfo.project.outputDir, "..", "workflow");
  rmSync(dir, { recursive: true, force: true });
  let n = 0;
  return {
    dir,
    async shot(page: Page, name: string) {
      const file = path.join(dir, `${String(++n).padStart(2, "0")}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(name, { path: file, contentType: "image/png" });
    },
  };
}

async function openTab(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Langkah penyusunan RAB" }).getByRole("link", { name, exact: true }).click();
}

/** Opens a grid cell for editing, types, and presses Enter (which saves and moves down). */
async function editCell(cell: Locator, inputName: string | RegExp, text: string) {
  await cell.dblclick();
  const input = cell.page().getByRole("textbox", { name: inputName });
  await input.fill(text);
  await input.press("Enter");
}

/** The Rekap RAB foot: D, PPN, total, pembulatan, terbilang. */
async function expectRekapTotals(page: Page, rab: ReturnType<typeof expectedRab>, terbilang: string) {
  await expect(page.getByTestId("rekap-d")).toHaveText(rupiah(rab.d));
  await expect(page.getByTestId("rekap-ppn")).toHaveText(rupiah(rab.ppn));
  await expect(page.getByTestId("rekap-total")).toHaveText(rupiah(rab.total));
  await expect(page.getByTestId("rekap-pembulatan")).toHaveText(rupiah(rab.pembulatan));
  await expect(page.getByTestId("rekap-terbilang")).toHaveText(terbilang);
}

/** The value of the XLSX row whose first cell is `label`, in the RAB sheet's Jumlah Harga column. */
function xlsxTotal(sheet: ExcelJS.Worksheet, label: string): Decimal {
  let found: Decimal | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).text !== label) return;
    const value = row.getCell(7).value;
    // Totals are live formulas; the file carries the server's result as the cached value.
    const result = value !== null && typeof value === "object" && "result" in value ? value.result : value;
    found = new Decimal(String(result));
  });
  if (!found) throw new Error(`Baris ${label} tidak ada di lembar ${sheet.name}`);
  return found;
}

test("the estimator's whole workflow in the browser, from registering to a copied project", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const { dir, shot } = screenshots(testInfo);
  const rab = expectedRab();
  // Words for the rounded total; the assertion below ties them to the computation.
  const terbilang = "Tujuh juta dua ratus tujuh puluh ribu rupiah";
  expect(rab.pembulatan.toFixed(0)).toBe("7270000");

  // Register
  await page.goto("/register");
  await page.getByLabel("Nama").fill("Wulan Estimator");
  await page.getByLabel("Email").fill(`workflow-${Date.now()}@test.local`);
  await page.getByLabel(/Kata sandi/).fill(PASSWORD);
  await shot(page, "register");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Belum ada proyek")).toBeVisible();
  await shot(page, "dashboard-empty");

  // Project, from the dashboard's form
  await page.getByRole("button", { name: "Proyek baru", exact: true }).click();
  await page.getByLabel("Nama proyek").fill(PROJECT.name);
  await page.getByLabel("Lokasi").fill("Tasikmalaya");
  await page.getByLabel("Pemberi tugas").fill("Dinas PUPR Kabupaten Tasikmalaya");
  await page.getByRole("dialog").getByLabel("Sumber dana").fill("APBD");
  await page.getByLabel("Tanggal mulai").fill(PROJECT.start);
  await page.getByLabel("Durasi (hari kalender)").fill(PROJECT.days);
  await shot(page, "project-form");
  await page.getByRole("button", { name: "Buat proyek" }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/pekerjaan$/);
  const projectId = new URL(page.url()).pathname.split("/")[2]!;
  await expect(page.getByRole("heading", { name: PROJECT.name })).toBeVisible();

  // Tree: klasifikasi and sub-klasifikasi
  await page.getByLabel("Nama klasifikasi baru").fill("Pekerjaan Saluran");
  await page.getByRole("button", { name: "Tambah klasifikasi" }).click();
  await page.getByLabel("Nama sub-klasifikasi baru di Pekerjaan Saluran").fill("Saluran pasangan batu");
  await page.getByRole("button", { name: "Tambah sub-klasifikasi" }).click();
  const addPekerjaan = page.getByRole("button", { name: "Tambah pekerjaan ke Saluran pasangan batu" });
  await expect(addPekerjaan).toBeVisible();

  // A pekerjaan from the AHSP library
  await addPekerjaan.click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Cari kode atau uraian" }).fill(GALIAN.kode);
  await dialog
    .getByRole("option")
    .filter({ has: page.getByText(GALIAN.kode, { exact: true }) })
    .click();
  await expect(dialog.getByRole("heading", { name: GALIAN.uraian })).toBeVisible();
  await shot(page, "library-search");
  await dialog.getByRole("button", { name: "Tambahkan item terpilih" }).click();
  const tree = page.getByRole("group", { name: "List Pekerjaan" });
  await expect(tree.getByText(GALIAN.uraian)).toBeVisible();

  // A custom pekerjaan
  await addPekerjaan.click();
  await dialog.getByRole("tab", { name: "Pekerjaan custom" }).click();
  await dialog.getByLabel("Kode (opsional)").fill(CUSTOM.kode);
  await dialog.getByLabel("Uraian pekerjaan").fill(CUSTOM.uraian);
  await dialog.getByLabel("Satuan").fill(CUSTOM.satuan);
  await dialog.getByRole("button", { name: "Tambahkan pekerjaan custom" }).click();
  const customRow = tree.getByRole("group", { name: `Pekerjaan ${CUSTOM.kode} ${CUSTOM.uraian}` });
  await expect(customRow).toBeVisible();
  await shot(page, "list-pekerjaan");

  // Analisa of the custom pekerjaan: two resources and a bundle line standing for the galian
  await customRow.getByRole("link", { name: "Analisa" }).click();
  await expect(page).toHaveURL(/\/analisa\?p=/);
  await expect(page.getByRole("heading", { name: CUSTOM.uraian })).toBeVisible();
  await addAnalysisLines(
    page,
    CUSTOM_LINES.map((l) => ({ ...l, koefisien: typed(l.koefisien) })),
  );
  await page.getByRole("button", { name: "Tambah baris" }).click();
  const bundleLine = CUSTOM_LINES.length + 1;
  await page.getByLabel(`Kategori baris ${bundleLine}`).selectOption("LAIN");
  const bundle = page.getByLabel(`Bundle baris ${bundleLine}`);
  // The select lists the project's pekerjaan only once focused (it may hold thousands).
  await bundle.focus();
  const galianOption = bundle.getByRole("option", { name: new RegExp(`^${GALIAN.kode.replaceAll(".", "\\.")} `) });
  await bundle.selectOption((await galianOption.getAttribute("value"))!);
  await expect(page.getByLabel(`Kode baris ${bundleLine}`)).toHaveValue(`BDL-${GALIAN.kode}`);
  await page.getByLabel(`Koefisien baris ${bundleLine}`).fill(typed(BUNDLE_KOEFISIEN));
  await page.getByRole("button", { name: "Simpan analisa" }).click();
  await expect(page.getByText("Semua perubahan tersimpan.")).toBeVisible();
  await expect(page.getByText("Ada perubahan yang belum disimpan.")).toBeHidden();
  await shot(page, "analisa-custom");

  // The library pekerjaan's koefisien, as the read-only Analisa shows them: the hand computation uses these.
  const picker = page.getByLabel("Pekerjaan", { exact: true });
  await picker.selectOption(
    (await picker.getByRole("option", { name: new RegExp(GALIAN.kode.replaceAll(".", "\\.")) }).getAttribute("value"))!,
  );
  await expect(page.getByRole("button", { name: "Ubah jadi modifikasi" })).toBeVisible();
  for (const [kode, koefisien] of Object.entries(GALIAN.lines)) {
    await expect(page.getByRole("row", { name: new RegExp(kode) })).toContainText(typed(koefisien));
  }
  await shot(page, "analisa-library");

  // Volumes: parameters, a formula over them for the galian, a typed number for the custom item
  await openTab(page, "Volume");
  for (const [name, value] of Object.entries(PARAMETERS)) {
    await page.getByLabel("Nama parameter baru").fill(name);
    await page.getByLabel("Nilai parameter baru").fill(typed(value));
    await page.getByRole("button", { name: "Tambah parameter" }).click();
    await expect(page.getByRole("grid", { name: "Parameter proyek" }).getByRole("row", { name: new RegExp(name) })).toBeVisible();
  }
  const volumes = page.getByRole("treegrid", { name: "Volume pekerjaan" });
  const galianVolume = volumes.getByRole("row", { name: GALIAN.uraian }).getByRole("gridcell").nth(4);
  await editCell(galianVolume, new RegExp(`^Volume ${GALIAN.kode}`), `=${GALIAN_FORMULA}`);
  await expect(galianVolume).toHaveText(new RegExp(`${rab.galianVolume.toString()}$`));
  await expect(volumes.getByRole("row", { name: GALIAN.uraian }).getByRole("gridcell").nth(5)).toHaveText(GALIAN_FORMULA);
  const customVolume = volumes
    .getByRole("row", { name: new RegExp(CUSTOM.uraian) })
    .getByRole("gridcell")
    .nth(4);
  await editCell(customVolume, `Volume ${CUSTOM.kode} ${CUSTOM.uraian}`, typed(CUSTOM_VOLUME));
  await expect(customVolume).toHaveText(typed(CUSTOM_VOLUME));
  await shot(page, "volume");

  // Prices, typed into the Harga Items grid
  await openTab(page, "Harga Items");
  const harga = page.getByRole("grid", { name: "Harga items" });
  for (const [kode, price] of Object.entries(PRICES)) {
    const row = harga.getByRole("row", { name: new RegExp(kode) });
    await editCell(row.getByRole("gridcell").nth(3), new RegExp(`^Harga ${kode}`), price);
    await expect(row).toContainText(money(new Decimal(price)));
  }
  await shot(page, "harga-items");

  // Pricing: overhead & profit, PPN, rounding base, on the Rekap RAB page
  await openTab(page, "Rekap RAB");
  const pricing = page.getByRole("form", { name: "Pengaturan harga" });
  await pricing.getByLabel("Biaya umum & keuntungan (%)").fill(typed(PRICING.overheadProfitPercent));
  await pricing.getByLabel("PPN (%)").fill(typed(PRICING.ppnPercent));
  await pricing.getByLabel("Pembulatan ke kelipatan").selectOption(String(PRICING.roundingBase));
  await pricing.getByRole("button", { name: "Terapkan" }).click();

  // Rekap RAB: rows, subtotal, D, PPN, total, pembulatan and terbilang, all from the arithmetic above
  const rekap = page.getByRole("treegrid", { name: "Rekap RAB" });
  await expect(page.getByTestId("rekap-total")).toHaveText(rupiah(rab.total));
  await expect(rekap.getByRole("row", { name: GALIAN.uraian })).toContainText(money(rab.galian.G));
  await expect(rekap.getByRole("row", { name: GALIAN.uraian })).toContainText(money(rab.galian.jumlah));
  await expect(rekap.getByRole("row", { name: new RegExp(CUSTOM.uraian) })).toContainText(money(rab.custom.G));
  await expect(rekap.getByRole("row", { name: new RegExp(CUSTOM.uraian) })).toContainText(money(rab.custom.jumlah));
  await expect(rekap.getByRole("row", { name: /Pekerjaan Saluran/ })).toContainText(money(rab.d));
  await expectRekapTotals(page, rab, terbilang);
  await expect(page.getByText(/belum berharga/)).toBeHidden();
  await shot(page, "rekap-rab");

  // Rekap Kebutuhan: every resource's printed row, summed
  await openTab(page, "Rekap Kebutuhan");
  await expect(page.getByTestId("kebutuhan-total")).toHaveText(rupiah(rab.kebutuhan));
  await shot(page, "rekap-kebutuhan");

  // Jadwal: spread the custom pekerjaan over M1–M2, then 30% realised in M1
  await openTab(page, "Jadwal");
  const customName = `${CUSTOM.kode} ${CUSTOM.uraian}`;
  const week = (n: number) => page.getByRole("gridcell", { name: new RegExp(`^${customName.replaceAll(".", "\\.")}, Minggu ${n} `) });
  await week(JADWAL.fromWeek).click();
  const spread = page.getByRole("form", { name: "Sebar rencana rata" });
  await expect(spread).toContainText(customName);
  await spread.getByLabel("Minggu awal").fill(String(JADWAL.fromWeek));
  await spread.getByLabel("Minggu akhir").fill(String(JADWAL.toWeek));
  await spread.getByRole("button", { name: "Sebar rata 100%" }).click();
  await expect(week(1)).toHaveText("50");
  await expect(week(2)).toHaveText("50");
  await expect(
    page.getByRole("grid", { name: "Jadwal rencana per pekerjaan" }).getByRole("gridcell", { name: `Total ${customName}` }),
  ).toHaveText("100");
  await shot(page, "jadwal-rencana");
  await page.getByRole("radio", { name: "Realisasi" }).check();
  await week(1).click();
  await page.keyboard.type(JADWAL.actualWeek1);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Semua perubahan tersimpan.")).toBeVisible();
  await expect(
    page.getByRole("grid", { name: "Jadwal realisasi per pekerjaan" }).getByRole("gridcell", { name: `Total ${customName}` }),
  ).toHaveText(JADWAL.actualWeek1);
  await shot(page, "jadwal-realisasi");

  // Kurva S: the deviation (realisasi − rencana, cost-weighted) in the chart, the summary and the table
  await openTab(page, "Kurva S");
  const deviation = percent(rab.deviation);
  await expect(page.getByRole("img", { name: new RegExp(`deviasi ${deviation}%`) })).toBeVisible();
  const summary = page.getByRole("region", { name: "Ringkasan nilai hasil" });
  await expect(summary.getByRole("definition").filter({ hasText: "Minggu 1" })).toBeVisible();
  await expect(summary.getByRole("definition").filter({ hasText: `${deviation}%` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Kurva S per minggu" }).getByRole("row", { name: /Minggu 1/ })).toContainText(deviation);
  await expect(page.locator(".deviasi-bar .recharts-bar-rectangle path")).toHaveCount(1);
  await shot(page, "kurva-s");

  // Export: the Rekap RAB as XLSX; its totals are the page's
  await openTab(page, "Rekap RAB");
  const pageTotal = await page.getByTestId("rekap-total").textContent();
  expect(pageTotal).toBe(rupiah(rab.total));
  const unduh = page.getByRole("button", { name: "Unduh XLSX" });
  await expect(unduh).toBeEnabled();
  const download = page.waitForEvent("download");
  await unduh.click();
  const file = path.join(dir, "rekap-rab.xlsx");
  await (await download).saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("RAB");
  expect(sheet, "lembar RAB").toBeDefined();
  expect(rupiah(xlsxTotal(sheet!, "JUMLAH TOTAL (D + PPN)"))).toBe(pageTotal);
  expect(rupiah(xlsxTotal(sheet!, "DIBULATKAN"))).toBe(rupiah(rab.pembulatan));

  // Copy: "Salin proyek" opens the copy, whose Rekap RAB totals are the original's
  await page.getByRole("button", { name: "Salin proyek" }).click();
  const copyDialog = page.getByRole("dialog", { name: "Salin proyek" });
  const copyName = `${PROJECT.name} (revisi)`;
  await copyDialog.getByLabel("Nama proyek baru").fill(copyName);
  await shot(page, "salin-proyek");
  await copyDialog.getByRole("button", { name: "Salin", exact: true }).click();
  await expect(page.getByRole("heading", { name: copyName })).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/pekerjaan$/);
  const copyId = new URL(page.url()).pathname.split("/")[2];
  expect(copyId).not.toBe(projectId);
  await openTab(page, "Rekap RAB");
  await expect(page).toHaveURL(new RegExp(`/projects/${copyId}/rekap-rab$`));
  await expectRekapTotals(page, rab, terbilang);
  await shot(page, "salinan-rekap-rab");

  // Bookmarks to the pages' earlier URLs (before GLOSSARY.md) still arrive
  for (const [before, after] of [
    ["harga", "harga-items"],
    ["rincian", "rincian-ahsp"],
    ["kebutuhan", "rekap-kebutuhan"],
  ]) {
    await page.goto(`/projects/${copyId}/${before}`);
    await expect(page).toHaveURL(new RegExp(`/projects/${copyId}/${after}$`));
  }
});

test("a second user sees nothing of the first user's project: dashboard, pages, API", async ({ page, request, browser }) => {
  // The owner's project is set up over the API (the UI path is the test above); what is under test is the other user's view.
  await signUpAndLogIn(page, request, "pemilik-wf", PASSWORD);
  const api = async (path: string, data: unknown) => {
    const res = await page.request.post(`/api/v1/projects${path}`, { data });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
    return (await res.json()).data as { id: string };
  };
  const project = await api("", {
    name: "Gedung Arsip Rahasia",
    location: "Sumedang",
    client: "Setda",
    fundingSource: "APBD",
    startDate: "2026-02-02",
    durationDays: 28,
  });
  const klasifikasi = await api(`/${project.id}/klasifikasi`, { name: "Pekerjaan Persiapan" });
  const sub = await api(`/${project.id}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Pembersihan" });
  const pekerjaan = await api(`/${project.id}/pekerjaan`, {
    subKlasifikasiId: sub.id,
    source: "custom",
    uraian: "Pembersihan lahan",
    satuan: "m2",
  });
  // The owner does see it: the checks below can fail.
  await page.reload();
  await expect(page.getByRole("row", { name: /Gedung Arsip Rahasia/ })).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpAndLogIn(otherPage, other.request, "tamu-wf", PASSWORD);
  await expect(otherPage.getByText("Belum ada proyek")).toBeVisible();
  await expect(otherPage.getByText("Gedung Arsip Rahasia")).toBeHidden();

  const pages = [
    "",
    "/pekerjaan",
    "/volume",
    "/analisa",
    `/analisa?p=${pekerjaan.id}`,
    "/harga-items",
    "/rincian-ahsp",
    "/rekap-rab",
    "/rekap-kebutuhan",
    "/jadwal",
    "/kurva-s",
  ];
  for (const suffix of pages) {
    const response = await otherPage.goto(`/projects/${project.id}${suffix}`);
    expect(response?.status(), suffix).toBe(404);
    await expect(otherPage.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(otherPage.getByText("Gedung Arsip Rahasia")).toBeHidden();
  }

  const base = `/api/v1/projects/${project.id}`;
  const reads = [base, `${base}/tree`, `${base}/rekap-rab`, `${base}/pekerjaan/${pekerjaan.id}`, `${base}/exports/rekap-rab.xlsx`];
  for (const url of reads) {
    const res = await otherPage.request.get(url);
    expect(res.status(), url).toBe(404);
    expect((await res.json()).error.code, url).toBe("NOT_FOUND");
  }
  const copy = await otherPage.request.post(`${base}/copy`, { data: { name: "Curian" } });
  expect(copy.status()).toBe(404);
  await other.close();
});
