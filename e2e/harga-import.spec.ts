import { type APIRequestContext, expect, test } from "@playwright/test";
import { apiAs, signUpAndLogIn } from "./support";

/*
 * A project with four resources over the API (two of them share a name and unit), then a
 * small price list through "Impor daftar harga": preview, choose the ambiguous row's item
 * from the keyboard, apply, and see the new prices in the Harga Items grid.
 */
const LINES = [
  { kategori: "TK", kode: "TK-0005", uraian: "Pekerja", satuan: "OH", koefisien: 1 },
  { kategori: "BHN", kode: "B-0152", uraian: "Semen Portland", satuan: "kg", koefisien: 10 },
  { kategori: "BHN", kode: "B-0165", uraian: "Dolken kayu 8-10 cm", satuan: "batang", koefisien: 2 },
  { kategori: "BHN", kode: "B-0167", uraian: "Dolken kayu 8-10 cm", satuan: "batang", koefisien: 3 },
];

const PRICE_LIST = [
  "kode;uraian;satuan;harga",
  ";PEKERJA;Orang/Hari;90.000", // by name and unit
  "b-0152;Semen Portland;Kg;1.750", // by kode
  ";Dolken Kayu 8 - 10 cm;Btg;108.140", // two items of that name: the user chooses
  ";Kawat las;kg;25.000", // nothing of that name
  ";Pasir;m3;-5", // invalid
].join("\n");

async function buildProject(request: APIRequestContext, email: string, password: string): Promise<string> {
  const api = await apiAs(request, email, password);
  const project = await api("post", "/projects", {
    name: "Pos Jaga",
    location: "Pangandaran",
    client: "Dinas PUPR",
    fundingSource: "APBD",
    startDate: "2026-02-02",
    durationDays: 60,
  });
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Pekerjaan Struktur" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Beton" });
  const pekerjaan = await api("post", `${base}/pekerjaan`, {
    subKlasifikasiId: sub.id,
    source: "custom",
    uraian: "Kolom praktis",
    satuan: "m3",
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, { lines: LINES });
  await api("patch", `${base}/harga-items`, { items: [{ kode: "TK-0005", harga: 80000 }] });
  return project.id;
}

test("import a price list on the Harga page: preview, choose, apply, see the new prices", async ({ page, request }) => {
  const password = "rahasia-e2e-7";
  const email = await signUpAndLogIn(page, request, "harga-impor", password);
  const projectId = await buildProject(request, email, password);

  await page.goto(`/projects/${projectId}/harga-items`);
  const grid = page.getByRole("grid", { name: "Harga items" });
  await expect(grid.getByRole("row", { name: /TK-0005/ })).toContainText("80.000,00");

  await page.getByRole("button", { name: "Impor daftar harga" }).click();
  const dialog = page.getByRole("dialog", { name: "Impor daftar harga" });
  await dialog
    .getByLabel(/Berkas daftar harga/)
    .setInputFiles({ name: "harga.csv", mimeType: "text/csv", buffer: Buffer.from(PRICE_LIST) });
  await dialog.getByRole("button", { name: "Pratinjau" }).click();

  await expect(dialog.getByText("5 baris: 2 cocok (2 berubah), 1 ambigu, 1 tidak cocok, 1 tidak valid.")).toBeFocused();
  const matched = dialog.getByRole("region", { name: "Cocok" });
  await expect(matched.getByRole("row", { name: /TK-0005/ })).toContainText("80.000,00");
  await expect(matched.getByRole("row", { name: /TK-0005/ })).toContainText("90.000,00");
  await expect(dialog.getByRole("region", { name: "Tidak cocok" })).toContainText("Kawat las");
  await expect(dialog.getByRole("region", { name: "Tidak valid" })).toContainText("harga negatif (-5)");
  await expect(dialog.getByText("2 baris akan memperbarui harga.")).toBeVisible();

  // The ambiguous row, from the keyboard: its select lists both items with their prices.
  const choice = dialog.getByLabel("Harga item untuk baris 4");
  await choice.focus();
  await choice.selectOption({ label: "B-0167 · Dolken kayu 8-10 cm · batang · Rp 0,00" });
  await expect(dialog.getByText("3 baris akan memperbarui harga.")).toBeVisible();
  await dialog.getByRole("button", { name: "Terapkan" }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText("3 harga diperbarui dari daftar harga.")).toBeVisible();
  await expect(grid.getByRole("row", { name: /TK-0005/ })).toContainText("90.000,00");
  await expect(grid.getByRole("row", { name: /B-0152/ })).toContainText("1.750,00");
  await expect(grid.getByRole("row", { name: /B-0167/ })).toContainText("108.140,00");
  await expect(grid.getByRole("row", { name: /B-0165/ })).not.toContainText("108.140");

  // The prices are stored, not only shown.
  await page.reload();
  await expect(page.getByRole("grid", { name: "Harga items" }).getByRole("row", { name: /B-0167/ })).toContainText("108.140,00");
});
