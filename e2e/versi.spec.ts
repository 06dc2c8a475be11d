import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { apiAs, newPekerjaan, newProject, signUpAndLogIn } from "./support";

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
  const project = await newProject(api, "Gedung Versi");
  const base = `/projects/${project.id}`;
  const pekerjaan = await newPekerjaan(api, project.id, { kode: "K.1", uraian: "Pasangan bata", satuan: "m2" });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, {
    lines: [{ kategori: "BHN", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: "11.5" }],
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/volume`, { value: "10" });
  await api("patch", `${base}/harga-items`, { items: [{ kode: "B.01", harga: "15000" }] });

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
