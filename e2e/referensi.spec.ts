import { expect, test } from "@playwright/test";
import { query } from "../tests/support/database";
import { testDatabaseUrl } from "../tests/support/server";
import { DATABASE } from "./global-setup";
import { signUpAndLogIn } from "./support";

const databaseUrl = () => testDatabaseUrl(DATABASE);

test("search the library for beton, open items from the keyboard and by click, read their lines", async ({ page, request }) => {
  await signUpAndLogIn(page, request, "referensi", "rahasia-e2e-3");

  await page.getByRole("link", { name: "Referensi" }).click();
  await expect(page.getByRole("heading", { name: "Referensi AHSP" })).toBeVisible();
  const search = page.getByRole("combobox", { name: "Cari kode atau uraian" });
  await search.fill("beton");
  const options = page.getByRole("listbox", { name: "Hasil pencarian AHSP" }).getByRole("option");
  await expect(options.first()).toContainText(/beton/i);
  expect(await options.count()).toBeGreaterThan(3);

  // ↓ then Enter opens the second result.
  await search.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  const secondKode = (await options.nth(1).locator(".font-mono").textContent())?.trim() ?? "";
  await search.press("Enter");
  const detail = page.getByRole("region", { name: "Detail item AHSP" });
  await expect(detail.getByText(secondKode, { exact: true })).toBeVisible();
  await expect(detail.getByRole("region", { name: "Tenaga kerja (TK)" })).toBeVisible();

  // A click opens a known item: 1 m3 beton f'c 20 MPa, its koefisien shown id-ID style.
  await search.fill("beton 20 mpa");
  await options.filter({ hasText: "2.2.1.4.5" }).click();
  await expect(detail.getByRole("heading", { name: /beton mutu sedang f'c 20 MPa/ })).toBeVisible();
  const tenaga = detail.getByRole("region", { name: "Tenaga kerja (TK)" });
  await expect(tenaga.getByRole("row", { name: /Pekerja/ })).toContainText("1,65");
  await expect(detail.getByRole("region", { name: "Bahan (BHN)" }).getByRole("row", { name: /Air/ })).toContainText("202");
});

test("an estimator's word finds the item: besi finds the penulangan items", async ({ page, request }) => {
  await signUpAndLogIn(page, request, "referensi-kata", "rahasia-e2e-3");
  await page.goto("/referensi");
  await page.getByRole("combobox", { name: "Cari kode atau uraian" }).fill("besi");
  const options = page.getByRole("listbox", { name: "Hasil pencarian AHSP" }).getByRole("option");
  await expect(options.filter({ hasText: "2.2.1.1.3" })).toContainText(/Penulangan kolom/);
});

test("an admin reads the shipped library's validation report: its known defects, as imported", async ({ page, request }) => {
  const email = await signUpAndLogIn(page, request, "referensi-admin", "rahasia-e2e-3");
  await query(databaseUrl(), `UPDATE "User" SET "isAdmin" = true WHERE email = $1`, [email]);
  await page.goto("/referensi/impor");
  await page.getByRole("link", { name: "Laporan validasi AHSP Cipta Karya 2025" }).click();
  await expect(page.getByRole("heading", { name: "Laporan validasi: AHSP Cipta Karya 2025" })).toBeVisible();
  await expect(page.getByText("Permen PUPR 8/2023 Lampiran B", { exact: false })).toBeVisible();
  await expect(page.getByText(/Koefisien bernilai 0: 373/)).toBeVisible();
  await expect(page.getByText(/Item tanpa baris tenaga kerja \(TK\): 14/)).toBeVisible();
});
