import { mkdirSync, writeFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { testDatabaseUrl } from "../tests/support/server";
import { type AhspSeedItem, seedAhspEdition } from "../tests/support/rab";
import { DATABASE } from "./global-setup";
import { apiAs, newProject, signUpAndLogIn, type ApiCall } from "./support";

/**
 * Building the tree quickly (issue 18), in the browser: 30 library items picked in one session
 * of the picker with the keyboard (Space in the results, the basket, Enter to confirm) and added
 * with one request; a pasted kode list with an unknown kode, which is listed, not dropped. The
 * library items are this file's own edition (kode prefix unique per run), whatever library the
 * server was seeded with.
 */

const PASSWORD = "rahasia-e2e-18";
const PREFIX = `QB${randomUUID().slice(0, 4)}`;
const ITEMS: AhspSeedItem[] = Array.from({ length: 31 }, (_, i) => ({
  kode: `${PREFIX}.${i + 1}`,
  uraian: `Pekerjaan cepat ${i + 1}`,
  satuan: "m2",
  lines: [
    { kategori: "TK", kodeItem: "L.01", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "0.5" },
    { kategori: "BHN", kodeItem: `${PREFIX}-B.${i + 1}`, uraianItem: `Bahan ${i + 1}`, satuanItem: "kg", koefisien: "2" },
  ],
}));

let api: ApiCall;

test.beforeAll(async () => {
  await seedAhspEdition(testDatabaseUrl(DATABASE), `Uji e2e ${PREFIX}`, ITEMS);
});

/** A signed-in estimator's project with one klasifikasi › sub "Umum"; the List Pekerjaan page open. */
async function projectWithSub(page: Page, request: Parameters<typeof apiAs>[0], label: string) {
  const email = await signUpAndLogIn(page, request, label, PASSWORD);
  api = await apiAs(request, email, PASSWORD);
  const project = await newProject(api, `Cepat ${label}`);
  const klasifikasi = await api("post", `/projects/${project.id}/klasifikasi`, { name: "Persiapan" });
  await api("post", `/projects/${project.id}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Umum" });
  await page.goto(`/projects/${project.id}/pekerjaan`);
  return project.id;
}

async function kodesOf(projectId: string): Promise<string[]> {
  const tree = await api("get", `/projects/${projectId}/tree`);
  return tree.klasifikasi[0].subKlasifikasi[0].pekerjaan.map((p: { kode: string }) => p.kode);
}

test("30 library items in one picker session, by keyboard, added with one confirm", async ({ page, request }) => {
  const projectId = await projectWithSub(page, request, "keranjang");
  const started = Date.now();
  await page.getByRole("button", { name: "Tambah pekerjaan ke Umum" }).click();
  const dialog = page.getByRole("dialog");
  const search = dialog.getByRole("combobox", { name: "Cari kode atau uraian" });
  await search.fill(`${PREFIX}.`);
  const results = dialog.getByRole("listbox", { name: "Hasil pencarian AHSP" });
  await expect(dialog.getByRole("status").filter({ hasText: "20+ item." })).toBeVisible();

  // ↓ from the search box into the results; there Space puts the active item in the basket and ↓ moves on.
  await search.press("ArrowDown");
  await expect(results).toBeFocused();
  for (let i = 0; i < 20; i++) {
    await results.press("Space");
    await results.press("ArrowDown");
  }
  await dialog.getByRole("button", { name: "Muat lebih banyak" }).click();
  await expect(results.getByRole("option")).toHaveCount(31);
  await results.focus();
  for (let i = 0; i < 11; i++) {
    await results.press("ArrowDown");
    await results.press("Space");
  }
  const basket = dialog.getByRole("region", { name: "Keranjang" });
  await expect(basket.getByRole("heading")).toHaveText("Keranjang (31 item)");
  await expect(results.getByRole("option", { selected: true })).toHaveCount(31);

  // The basket shows what will be added; one comes out again, by its button.
  await basket.getByRole("button", { name: `Keluarkan ${PREFIX}.31 dari daftar` }).click();
  await expect(basket.getByRole("heading")).toHaveText("Keranjang (30 item)");
  await expect(basket.getByRole("listitem")).toHaveCount(30);
  await expect(results.getByRole("option").filter({ hasText: `${PREFIX}.31` })).toHaveAttribute("aria-selected", "false");

  // Enter in the results adds the basket.
  await results.focus();
  await results.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "30 pekerjaan ditambahkan ke “Umum”." })).toBeVisible();
  const first = page.getByRole("group", { name: `Pekerjaan ${PREFIX}.1 Pekerjaan cepat 1`, exact: true });
  await expect(first).toBeFocused();
  const seconds = (Date.now() - started) / 1000;

  expect(await kodesOf(projectId)).toEqual(ITEMS.slice(0, 30).map((i) => i.kode));
  const audit = await api("get", `/projects/${projectId}/audit?entity=pekerjaan`);
  expect(audit.map((e: { action: string }) => e.action)).toEqual(["create"]);

  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/batch-add-e2e.md", `30 library items picked and added in one picker session: ${seconds.toFixed(1)} s\n`);
  console.log(`30-item RAB built in the picker in ${seconds.toFixed(1)} s`);
});

test("a pasted kode list: the found ones added after a check, the unknown one listed", async ({ page, request }) => {
  const projectId = await projectWithSub(page, request, "tempel");
  await page.getByRole("button", { name: "Tambah pekerjaan ke Umum" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("tab", { name: "Tempel daftar kode" }).click();
  // As copied from an old Excel RAB: a header, row numbers, trailing columns, spaces, a blank line, a duplicate.
  const pasted = [
    "No\tKode\tUraian\tSat",
    `1\t${PREFIX}.3\tPekerjaan cepat 3\tm2`,
    `2\t${PREFIX}.1\tPekerjaan cepat 1\tm2`,
    `   ${PREFIX}.3   `,
    "",
    "9.9.9.TIDAK",
    `${PREFIX.toLowerCase()}.5\tPekerjaan cepat 5`,
  ].join("\n");
  await dialog.getByLabel("Daftar kode AHSP, satu per baris").fill(pasted);
  await dialog.getByRole("button", { name: "Periksa kode" }).click();

  const checked = dialog.getByRole("region", { name: "Hasil pemeriksaan kode" });
  await expect(checked.getByRole("status")).toHaveText(
    "3 kode ditemukan, 1 tidak ditemukan. (1 kode ganda diabaikan; 1 baris tanpa kode dilewati.)",
  );
  await expect(checked.getByRole("list", { name: "Kode tidak ditemukan" })).toHaveText("9.9.9.TIDAK");
  const found = checked.getByRole("region", { name: "Akan ditambahkan" });
  await expect(found.getByRole("listitem")).toHaveText([
    new RegExp(`${PREFIX}\\.3 Pekerjaan cepat 3`),
    new RegExp(`${PREFIX}\\.1 Pekerjaan cepat 1`),
    new RegExp(`${PREFIX}\\.5 Pekerjaan cepat 5`),
  ]);
  await checked.getByRole("button", { name: "Tambahkan 3 pekerjaan" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "3 pekerjaan ditambahkan" })).toBeVisible();
  expect(await kodesOf(projectId)).toEqual([`${PREFIX}.3`, `${PREFIX}.1`, `${PREFIX}.5`]);
});
