import { expect, test, type Page } from "@playwright/test";
import { apiAs, signUpAndLogIn } from "./support";

/**
 * The projects dashboard on a phone (WCAG 2.2 AA 1.4.10 reflow): at 320 CSS px nothing is cut off
 * and the page never scrolls sideways; the projects are cards with every column's value, sorted
 * by a select. At 1280 px they are the sortable table.
 */

const PASSWORD = "rahasia-e2e-9";
const LONG_NAME = "Pembangunan Gedung Kantor Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bandung Barat";

async function shot(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await page.screenshot({ path: test.info().outputPath(`dashboard-${width}.png`), fullPage: true });
}

test("the dashboard fits 320 px: cards with every value, filters wrapped, no page-level horizontal scroll", async ({ page, request }) => {
  const email = await signUpAndLogIn(page, request, "dasbor", PASSWORD);
  const api = await apiAs(request, email, PASSWORD);
  for (const name of [LONG_NAME, "Saluran Irigasi Desa Sukamaju"]) {
    await api("post", "/projects", {
      name,
      location: "Kecamatan Lembang, Kabupaten Bandung Barat",
      client: "Dinas Pekerjaan Umum dan Penataan Ruang",
      fundingSource: "APBD",
      fiscalYear: 2026,
      startDate: "2026-01-05",
      durationDays: 120,
    });
  }
  await page.reload();

  await shot(page, 1280);
  await expect(page.getByRole("table", { name: "Daftar proyek" }).getByRole("row")).toHaveCount(3);

  await shot(page, 320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expect(page.getByRole("table", { name: "Daftar proyek" })).toBeHidden();
  const cards = page.getByRole("list", { name: "Daftar proyek" }).getByRole("listitem");
  await expect(cards).toHaveCount(2);
  const card = cards.filter({ hasText: LONG_NAME });
  for (const label of ["Total (PPN termasuk)", "Lokasi", "Pemberi tugas", "TA", "Mulai", "Diperbarui"]) {
    await expect(card.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(card.getByText("Pemilik")).toBeVisible();
  await expect(card.getByRole("button", { name: `Ubah ${LONG_NAME}` })).toBeVisible();
  // Every control and every card lies inside the viewport: wrapped, not cut off.
  for (const box of [
    await page.getByLabel("Cari proyek").boundingBox(),
    await page.getByLabel("Peran saya").boundingBox(),
    await page.getByRole("button", { name: "Proyek baru", exact: true }).boundingBox(),
    await card.boundingBox(),
  ]) {
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  }

  // The select sorts as the table's header does.
  await page.getByLabel("Urutkan").selectOption({ label: "Nama proyek (A–Z)" });
  await expect(cards.first()).toContainText(LONG_NAME);
  await page.getByLabel("Urutkan").selectOption({ label: "Nama proyek (Z–A)" });
  await expect(cards.first()).toContainText("Saluran Irigasi Desa Sukamaju");
});
