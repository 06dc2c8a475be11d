import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { apiAs, newPekerjaan, newProject, pricedProject, signUpAndLogIn } from "./support";

/**
 * The Versi pages (issue 17): the comparison of the live estimate with itself (nothing changed,
 * the net is zero), its filters, its export and its messages for a side that is no version; the
 * Versi tab's empty list and the form that saves one. Both fit a 320 px screen.
 */

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const file = path.resolve(testInfo.project.outputDir, "..", "versi", `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

async function fitsAt(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test("live against live: zero net, filters, export; the Versi tab's empty list and its form", async ({ page, request }, testInfo) => {
  const password = "rahasia-e2e-17";
  const email = await signUpAndLogIn(page, request, "versi", password);
  const api = await apiAs(request, email, password);
  const { base } = await pricedProject(api, "Gedung Versi");

  // The comparison, live against live by default.
  await page.goto(`${base}/versi/perbandingan`);
  await expect(page.getByRole("heading", { name: "Perbandingan tambah kurang" })).toBeVisible();
  const picker = page.getByRole("form", { name: "Pilih yang dibandingkan" });
  await expect(picker.getByLabel("Dari (mis. kontrak)")).toHaveValue("live");
  await expect(picker.getByLabel("Ke (mis. addendum)")).toHaveValue("live");
  const d = await page.getByTestId("perbandingan-d-sebelum").textContent();
  expect(d).not.toBe("0,00");
  await expect(page.getByTestId("perbandingan-d-sesudah")).toHaveText(d!);
  await expect(page.getByTestId("perbandingan-net")).toHaveText("0,00");
  await expect(page.getByTestId("perbandingan-tambah")).toHaveText("0,00");
  await expect(page.getByTestId("perbandingan-kurang")).toHaveText("0,00");
  await expect(page.getByTestId("perbandingan-net-percent")).toHaveText("0%");
  const grid = page.getByRole("treegrid", { name: "Perbandingan pekerjaan" });
  await expect(grid.getByRole("row", { name: /Pasangan bata/ })).toContainText("Tetap");
  await shot(page, testInfo, "perbandingan-1280");

  // Filters: nothing changed, so "only changed" empties the grid; back to all.
  await page.getByRole("radio", { name: "Hanya yang berubah" }).check();
  await expect(page.getByText("0 dari 1 pekerjaan ditampilkan", { exact: false })).toBeVisible();
  await expect(grid).toContainText("Tidak ada pekerjaan yang cocok dengan saringan.");
  await page.getByRole("radio", { name: "Semua pekerjaan" }).check();
  await expect(grid.getByRole("row", { name: /Pasangan bata/ })).toBeVisible();

  // The export names both sides.
  const exports = page.getByRole("group", { name: "Unduh daftar tambah kurang" });
  for (const format of ["XLSX", "PDF", "CSV"]) await expect(exports.getByRole("button", { name: `Unduh ${format}` })).toBeEnabled();
  const requested = page.waitForRequest((req) => req.url().includes("/exports/perbandingan.xlsx"));
  const download = page.waitForEvent("download");
  await exports.getByRole("button", { name: "Unduh XLSX" }).click();
  expect(new URL((await requested).url()).search).toBe("?from=live&to=live");
  expect((await download).suggestedFilename()).toMatch(/^Perbandingan.*\.xlsx$/);

  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, testInfo, "perbandingan-360");
  await grid.scrollIntoViewIfNeeded();
  await grid.screenshot({ path: path.resolve(testInfo.project.outputDir, "..", "versi", "perbandingan-grid-360.png") });
  await fitsAt(page, 320);
  await page.setViewportSize({ width: 1280, height: 800 });

  // A side that is no version: a message beside the choice, not an error page.
  await page.goto(`${base}/versi/perbandingan?from=bukan-versi&to=live`);
  await expect(page.getByRole("alert").filter({ hasText: "Pilihan Dari atau Ke tidak dikenal" })).toBeVisible();
  await page.goto(`${base}/versi/perbandingan?from=${randomUUID()}&to=live`);
  await expect(page.getByRole("alert").filter({ hasText: "Versi yang dipilih tidak ditemukan" })).toBeVisible();
  await expect(picker).toBeVisible();

  // The Versi tab: no versions yet; an owner sees the form.
  await page.getByRole("navigation", { name: "Langkah penyusunan RAB" }).getByRole("link", { name: /Versi/ }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/versi$`));
  await expect(page.getByText("Belum ada versi. Simpan versi pertama, misalnya Kontrak, sebelum addendum.")).toBeVisible();
  const form = page.getByRole("region", { name: "Simpan versi" });
  await expect(form.getByLabel("Nama versi")).toBeVisible();
  await expect(form.getByLabel("Jenis")).toHaveValue("kontrak");
  await expect(form.getByLabel("Catatan (opsional)")).toBeVisible();
  await form.getByRole("button", { name: "Simpan versi" }).click();
  await expect(form.getByText("Beri nama versi, misalnya Kontrak atau Addendum 1.")).toBeVisible();
  await shot(page, testInfo, "versi-1280");
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, testInfo, "versi-360");
  await fitsAt(page, 320);
});

/** Rupiah as the page prints it ("1.234.567,50") in sen, exactly. */
const sen = (text: string) => BigInt(text.replace(/[^\d,-]/g, "").replace(",", ""));

test("Kontrak, then Addendum 1: the comparison's tambah and kurang, and the XLSX that re-adds to them", async ({
  page,
  request,
}, testInfo) => {
  const password = "rahasia-e2e-17";
  const email = await signUpAndLogIn(page, request, "addendum", password);
  const api = await apiAs(request, email, password);
  const project = await newProject(api, "Gedung Addendum");
  const base = `/projects/${project.id}`;
  const bata = await newPekerjaan(api, project.id, { kode: "K.1", uraian: "Pasangan bata", satuan: "m2" });
  const sub = (await api("get", `${base}/tree`)).klasifikasi[0].subKlasifikasi[0].id;
  const plester = await api("post", `${base}/pekerjaan`, {
    subKlasifikasiId: sub,
    source: "custom",
    kode: "K.2",
    uraian: "Plesteran",
    satuan: "m2",
  });
  const lines = [{ kategori: "BHN", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: "11.5" }];
  for (const p of [bata, plester]) await api("put", `${base}/pekerjaan/${p.id}/lines`, { lines });
  await api("put", `${base}/pekerjaan/${bata.id}/volume`, { value: "10" });
  await api("put", `${base}/pekerjaan/${plester.id}/volume`, { value: "20" });
  await api("patch", `${base}/harga-items`, { items: [{ kode: "B.01", harga: "1500.50" }] });

  const freeze = async (name: string, kind: string) => {
    await page.goto(`${base}/versi`);
    const form = page.getByRole("region", { name: "Simpan versi" });
    await form.getByLabel("Nama versi").fill(name);
    await form.getByLabel("Jenis").selectOption(kind);
    await form.getByRole("button", { name: "Simpan versi" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
  };
  await freeze("Kontrak", "kontrak");
  // The addendum: one volume up, one down, one pekerjaan added.
  await api("put", `${base}/pekerjaan/${bata.id}/volume`, { value: "12.5" });
  await api("put", `${base}/pekerjaan/${plester.id}/volume`, { value: "15" });
  const pagar = await api("post", `${base}/pekerjaan`, {
    subKlasifikasiId: sub,
    source: "custom",
    kode: "K.3",
    uraian: "Pagar",
    satuan: "m",
  });
  await api("put", `${base}/pekerjaan/${pagar.id}/lines`, { lines });
  await api("put", `${base}/pekerjaan/${pagar.id}/volume`, { value: "4" });
  await freeze("Addendum 1", "addendum");

  await page.getByRole("link", { name: "Bandingkan dengan sebelumnya" }).first().click();
  await expect(page).toHaveURL(/\/versi\/perbandingan\?from=.+&to=.+/);
  const grid = page.getByRole("treegrid", { name: "Perbandingan pekerjaan" });
  await expect(grid.getByRole("row", { name: /Pagar/ })).toContainText("Baru");
  await expect(grid.getByRole("row", { name: /Plesteran/ })).toContainText("Berubah");
  // Harga satuan: 11,5 × 1.500,50 = 17.255,75, + 10% BUK = 18.981,325 → 18.981,33 (to the sen).
  // Tambah: bata 12,5 × 18.981,33 = 237.266,63 − 189.813,30 = 47.453,33, pagar 4 × 18.981,33 = 75.925,32;
  // kurang: plester 379.626,60 − 15 × 18.981,33 = 284.719,95 → 94.906,65.
  await expect(page.getByTestId("perbandingan-tambah")).toContainText("123.378,65");
  await expect(page.getByTestId("perbandingan-kurang")).toContainText("94.906,65");
  const tambah = sen((await page.getByTestId("perbandingan-tambah").textContent())!);
  const kurang = sen((await page.getByTestId("perbandingan-kurang").textContent())!);
  const net = sen((await page.getByTestId("perbandingan-net").textContent())!);
  expect(tambah - kurang).toBe(net);
  await shot(page, testInfo, "addendum-1280");

  const download = page.waitForEvent("download");
  await page.getByRole("group", { name: "Unduh daftar tambah kurang" }).getByRole("button", { name: "Unduh XLSX" }).click();
  const file = await (await download).path();
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file!);
  const sheet = workbook.worksheets[0]!;
  let dRow: import("exceljs").Row | undefined;
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value).startsWith("JUMLAH BIAYA LANGSUNG")) dRow = row;
  });
  const cached = (column: number) => {
    const value = dRow!.getCell(column).value as { formula: string; result: number };
    expect(value.formula).toMatch(/^SUM\(/);
    return BigInt(Math.round(value.result * 100));
  };
  // Columns 10 and 11: Tambah, Kurang, each a SUM whose cached value is the page's.
  expect([cached(10), cached(11)]).toEqual([tambah, kurang]);
});
