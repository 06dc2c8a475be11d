import path from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { apiAs, pricedProject, signUpAndLogIn } from "./support";

/**
 * A version opened read-only (issue 17): freeze "Kontrak", change the live project, choose the
 * version in the header's "Tampilkan": the Rekap RAB shows the version's totals, not the live
 * ones, under its banner, with no edit control, and its export asks for the version. Fits 360 px.
 * Its Jadwal and Kurva S show the plan it froze after the live plan is cleared.
 */

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const file = path.resolve(testInfo.project.outputDir, "..", "versi", `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

test("the switcher opens a version's Rekap RAB read-only, and its export names the version", async ({ page, request }, testInfo) => {
  const password = "rahasia-e2e-17b";
  const email = await signUpAndLogIn(page, request, "versi-baca", password);
  const api = await apiAs(request, email, password);
  const { base, pekerjaan } = await pricedProject(api, "Gedung Versi Baca");
  const version = await api("post", `${base}/versions`, { name: "Kontrak", kind: "kontrak" });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/volume`, { value: "25" });

  await page.goto(`${base}/rekap-rab`);
  const live = await page.getByTestId("rekap-total").textContent();
  await page.getByLabel("Tampilkan", { exact: true }).selectOption(version.id);
  await expect(page).toHaveURL(new RegExp(`/rekap-rab\\?versi=${version.id}$`));
  await expect(page.getByTestId("version-banner")).toContainText("Versi Kontrak");
  await expect(page.getByTestId("version-banner")).toContainText("hanya baca");
  const frozen = await page.getByTestId("rekap-total").textContent();
  expect(frozen).not.toBe(live);
  expect(frozen!.replace(/\D/g, "")).toBe(version.totals.total.replace(/\D/g, ""));
  // No edit control: the pricing form shows its facts, no save button.
  await expect(page.getByRole("button", { name: "Terapkan" })).toHaveCount(0);
  // The report tabs keep the version.
  await expect(page.getByRole("link", { name: /Rekap Kebutuhan/ })).toHaveAttribute("href", `${base}/rekap-kebutuhan?versi=${version.id}`);

  const exported = page.waitForRequest((r) => r.url().includes("/exports/rekap-rab.csv"));
  await page.getByRole("button", { name: "Unduh CSV" }).click();
  expect((await exported).url()).toContain(`version=${version.id}`);
  await shot(page, testInfo, "versi-baca-1280");

  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, testInfo, "versi-baca-360");

  await page.getByRole("link", { name: "Kembali ke estimasi saat ini" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/rekap-rab$`));
  await expect(page.getByTestId("rekap-total")).toHaveText(live!);
});

test("a version's Rincian AHSP links to no live editing page", async ({ page, request }) => {
  const password = "rahasia-e2e-17r";
  const email = await signUpAndLogIn(page, request, "versi-rincian", password);
  const api = await apiAs(request, email, password);
  const { base } = await pricedProject(api, "Gedung Versi Rincian");
  const version = await api("post", `${base}/versions`, { name: "Kontrak", kind: "kontrak" });

  await page.goto(`${base}/rincian-ahsp`);
  await expect(page.getByRole("link", { name: "Buka analisa" })).toHaveCount(1);
  await page.goto(`${base}/rincian-ahsp?versi=${version.id}`);
  await expect(page.getByTestId("version-banner")).toContainText("Versi Kontrak");
  await expect(page.getByRole("table", { name: "Rincian analisa harga satuan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Buka analisa" })).toHaveCount(0);
});

test("a version's Jadwal and Kurva S show the plan it froze, read-only", async ({ page, request }) => {
  const password = "rahasia-e2e-17g";
  const email = await signUpAndLogIn(page, request, "versi-jadwal", password);
  const api = await apiAs(request, email, password);
  const { base, pekerjaan } = await pricedProject(api, "Gedung Versi Jadwal");
  await api("put", `${base}/jadwal/entries`, { entries: [{ pekerjaanId: pekerjaan.id, week: 1, planned: 100 }] });
  const version = await api("post", `${base}/versions`, { name: "Kontrak", kind: "kontrak" });
  await api("post", `${base}/jadwal/clear`, { field: "planned" });

  await page.goto(`${base}/jadwal?versi=${version.id}`);
  await expect(page.getByTestId("version-banner")).toContainText("Versi Kontrak");
  const grid = page.getByRole("grid", { name: "Jadwal rencana per pekerjaan" });
  await expect(grid.getByRole("gridcell", { name: "Total K.1 Pasangan bata" })).toHaveText("100");
  await expect(page.getByRole("form", { name: "Sebar rencana rata" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Kurva S", exact: true })).toHaveAttribute("href", `${base}/kurva-s?versi=${version.id}`);

  await page.goto(`${base}/kurva-s?versi=${version.id}`);
  await expect(page.getByTestId("version-banner")).toContainText("Versi Kontrak");
  const table = page.getByRole("table", { name: "Kurva S per minggu" });
  await expect(table.getByRole("row", { name: /^Minggu 1 / })).toContainText("100");
  const exported = page.waitForRequest((r) => r.url().includes("/exports/jadwal.pdf"));
  await page.getByRole("button", { name: "Unduh PDF" }).click();
  expect((await exported).url()).toContain(`version=${version.id}`);
});
