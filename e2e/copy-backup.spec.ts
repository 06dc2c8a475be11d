import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { signUpAndLogIn } from "./support";

const PASSWORD = "rahasia-e2e-salin";

/** A small priced project made over the API (the estimating UI has its own tests); returns its id. */
async function priceProject(page: Page, name: string): Promise<string> {
  const post = async (url: string, data: unknown, method = "POST") => {
    const res = await page.request.fetch(`/api/v1/projects${url}`, { method, data });
    expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
    return (await res.json()).data as { id: string };
  };
  const project = await post("", {
    name,
    location: "Tasikmalaya",
    client: "Dinas PU",
    fundingSource: "APBD",
    startDate: "2026-02-02",
    durationDays: 28,
  });
  const klasifikasi = await post(`/${project.id}/klasifikasi`, { name: "Pekerjaan Persiapan" });
  const sub = await post(`/${project.id}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Pembersihan" });
  const pekerjaan = await post(`/${project.id}/pekerjaan`, {
    subKlasifikasiId: sub.id,
    source: "custom",
    uraian: "Pembersihan lahan",
    satuan: "m2",
  });
  const line = { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.1" };
  await post(`/${project.id}/pekerjaan/${pekerjaan.id}/lines`, { lines: [line] }, "PUT");
  await post(`/${project.id}/pekerjaan/${pekerjaan.id}/volume`, { value: "250" }, "PUT");
  await post(`/${project.id}/harga-items`, { items: [{ kode: "L.01", harga: "120000" }] }, "PATCH");
  return project.id;
}

test("batch copy from the project header, then back on the dashboard", async ({ page, request }) => {
  await signUpAndLogIn(page, request, "salin-e2e", PASSWORD);
  const projectId = await priceProject(page, "Pasar Desa");
  await page.goto(`/projects/${projectId}`);

  await page.getByRole("button", { name: "Salin proyek" }).click();
  const dialog = page.getByRole("dialog", { name: "Salin proyek" });
  await dialog.getByLabel("Nama proyek baru").fill("Pasar Desa Tahap");
  await dialog.getByLabel("Jumlah salinan").fill("3");
  await dialog.getByRole("button", { name: "Salin", exact: true }).click();
  const results = dialog.getByRole("list", { name: "Hasil penyalinan" });
  await expect(results.getByRole("link")).toHaveText(["Pasar Desa Tahap 1", "Pasar Desa Tahap 2", "Pasar Desa Tahap 3"]);
  await expect(dialog.getByText("3 salinan dibuat.")).toBeVisible();

  await dialog.getByRole("button", { name: "Ke daftar proyek" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const n of [1, 2, 3]) await expect(page.getByRole("link", { name: `Pasar Desa Tahap ${n}` })).toBeVisible();
});

test("a copy refused by the API shows the envelope's message on its field", async ({ page, request }) => {
  await signUpAndLogIn(page, request, "salin-gagal-e2e", PASSWORD);
  const projectId = await priceProject(page, "Puskesmas");
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("button", { name: "Salin proyek" }).click();
  const dialog = page.getByRole("dialog", { name: "Salin proyek" });
  await dialog.getByLabel("Nama proyek baru").fill("   ");
  await dialog.getByRole("button", { name: "Salin", exact: true }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "Wajib diisi." })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/`));
});

test("save as template, start a new project from it; download a backup and restore it", async ({ page, request }, testInfo) => {
  await signUpAndLogIn(page, request, "templat-e2e", PASSWORD);
  const projectId = await priceProject(page, "Balai Warga");
  await page.goto(`/projects/${projectId}`);

  await page.getByRole("button", { name: "Simpan sebagai templat" }).click();
  const save = page.getByRole("dialog", { name: "Simpan sebagai templat" });
  await save.getByLabel("Nama templat").fill("Balai standar");
  await save.getByRole("button", { name: "Simpan templat" }).click();
  await expect(save.getByText("Templat “Balai standar” tersimpan.")).toBeVisible();
  await save.getByRole("button", { name: "Tutup" }).first().click();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh cadangan" }).click();
  const file = path.join(testInfo.outputDir, "cadangan.json");
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
    format: "rab-ahsp.project-snapshot",
    version: 3,
    project: { name: "Balai Warga" },
  });

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Proyek baru dari templat" }).click();
  const fromTemplate = page.getByRole("dialog", { name: "Proyek baru dari templat" });
  await fromTemplate.getByRole("radio", { name: /Balai standar/ }).check();
  await fromTemplate.getByRole("button", { name: "Lanjut" }).click();
  await fromTemplate.getByLabel("Nama proyek").fill("Balai Warga Baru");
  await fromTemplate.getByLabel("Lokasi").fill("Ciamis");
  await fromTemplate.getByLabel("Pemberi tugas").fill("Desa Sukamaju");
  await fromTemplate.getByLabel("Sumber dana").fill("Dana Desa");
  await fromTemplate.getByLabel("Tanggal mulai").fill("2026-05-04");
  await fromTemplate.getByLabel("Durasi (hari kalender)").fill("60");
  await fromTemplate.getByRole("button", { name: "Buat proyek" }).click();
  await expect(page.getByRole("heading", { name: "Balai Warga Baru" })).toBeVisible();
  await expect(page.getByText("Pembersihan lahan")).toBeVisible();

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Pulihkan dari cadangan" }).click();
  const restore = page.getByRole("dialog", { name: "Pulihkan dari cadangan" });
  const broken = path.join(testInfo.outputDir, "rusak.json");
  writeFileSync(broken, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), version: 99 }));
  await restore.getByLabel("Berkas cadangan (.json)").setInputFiles(broken);
  await restore.getByRole("button", { name: "Pulihkan", exact: true }).click();
  await expect(restore.getByRole("alert")).toContainText("Versi format 99 tidak didukung");
  await expect(restore.getByRole("alert")).not.toContainText("..");

  await restore.getByLabel("Berkas cadangan (.json)").setInputFiles(file);
  await restore.getByRole("button", { name: "Pulihkan", exact: true }).click();
  // Named apart from the original it sits next to.
  await expect(page.getByRole("heading", { name: "Balai Warga (impor)" })).toBeVisible();
  expect(new URL(page.url()).pathname.split("/")[2]).not.toBe(projectId);
});
