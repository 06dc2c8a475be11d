import path from "node:path";
import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { apiAs, signUpAndLogIn, newProject } from "./support";

/**
 * The Riwayat page (issue 16): a price and a volume edited in their grids show up in the
 * project's trail, a kind filter narrows it through the address (so the filtered view survives a
 * reload and can be shared), and each entry's diff shows the old and the new value.
 */

async function editCell(cell: Locator, inputName: string | RegExp, text: string) {
  await cell.dblclick();
  const input = cell.page().getByRole("textbox", { name: inputName });
  await input.fill(text);
  await input.press("Enter");
}

/** Screenshots for review beside Playwright's own output folder, as the workflow spec keeps them. */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  const file = path.resolve(testInfo.project.outputDir, "..", "riwayat", `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

async function filterByKind(page: Page, kind: string) {
  const filters = page.getByRole("form", { name: "Saring riwayat" });
  await filters.getByLabel("Jenis").selectOption({ label: kind });
  await filters.getByRole("button", { name: "Terapkan" }).click();
}

test("a price and a volume edit, found by kind in Riwayat with their old and new values", async ({ page, request }, testInfo) => {
  const password = "rahasia-e2e-16";
  const email = await signUpAndLogIn(page, request, "riwayat", password);
  const api = await apiAs(request, email, password);
  const project = await newProject(api, "Gedung Riwayat");
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Pasangan" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Dinding" });
  const pekerjaan = await api("post", `${base}/pekerjaan`, {
    subKlasifikasiId: sub.id,
    source: "custom",
    kode: "K.1",
    uraian: "Pasangan bata",
    satuan: "m2",
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, {
    lines: [{ kategori: "BHN", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: "11.5" }],
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/volume`, { value: "10" });
  await api("patch", `${base}/harga-items`, { items: [{ kode: "B.01", harga: "15000" }] });

  // The edits, in their grids.
  await page.goto(`${base}/harga-items`);
  const harga = page.getByRole("grid", { name: "Harga items" });
  await editCell(harga.getByRole("row", { name: /B\.01/ }).getByRole("gridcell").nth(3), /^Harga B\.01/, "16.500");
  await expect(harga.getByRole("row", { name: /B\.01/ })).toContainText("16.500,00");
  await page.goto(`${base}/volume`);
  const volumes = page.getByRole("treegrid", { name: "Volume pekerjaan" });
  const volume = volumes
    .getByRole("row", { name: /Pasangan bata/ })
    .getByRole("gridcell")
    .nth(4);
  await editCell(volume, /^Volume K\.1/, "12,5");
  await expect(volume).toHaveText("12,5");

  // Riwayat, from the project header: newest first, today's group.
  await page.getByRole("link", { name: "Riwayat perubahan" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/riwayat$`));
  const entries = page.getByTestId("audit-entry");
  await expect(entries.first()).toContainText("Volume diubah · K.1 Pasangan bata");
  await expect(entries.nth(1)).toContainText("Harga Items diubah");
  await expect(entries.nth(1)).toContainText("riwayat");
  await shot(page, testInfo, "riwayat-1280");

  // Kind: Harga Items. The address carries it; the two price changes remain, the newest first.
  await filterByKind(page, "Harga Items");
  await expect(page).toHaveURL(/\?entity=hargaItems$/);
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: "Volume" })).toHaveCount(0);
  const priceEdit = entries.first();
  await priceEdit.getByText("Lihat perubahan").click();
  await expect(priceEdit.getByRole("listitem")).toHaveText(/B\.01\s*diubah\s*Harga \(Rp\)\s*dari\s*15\.000,00\s*→\s*menjadi\s*16\.500,00/);
  await shot(page, testInfo, "riwayat-harga-1280");

  // A reload (or a shared link) shows the same filtered view, read on the server.
  await filterByKind(page, "Volume");
  await expect(page).toHaveURL(/\?entity=pekerjaan\.volume$/);
  await page.reload();
  await expect(page.getByLabel("Jenis")).toHaveValue("pekerjaan.volume");
  await expect(entries).toHaveCount(2);
  const volumeEdit = entries.first();
  await volumeEdit.getByText("Lihat perubahan").click();
  const changed = volumeEdit.getByRole("row", { name: /Volume/ }).first();
  await expect(changed).toHaveText(/Volume\s*diubah\s*10\s*12,5/);

  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, testInfo, "riwayat-360");
  // Nothing wider than the screen at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
