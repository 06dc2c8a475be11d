import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { apiAs, signUpAndLogIn, type ApiCall } from "./support";

/*
 * Issue 13, "Number input": a typed or pasted number is never read in a way the person did
 * not see. A project built over the API: three custom pekerjaan (volume 1 each), one
 * resource L.01 at Rp 100.
 */
// Created without a kode, they get CUST-001, CUST-002, CUST-003, which their cells' names carry.
const PEKERJAAN = ["Galian tanah", "Urugan pasir", "Pondasi batu"] as const;

async function buildProject(api: ApiCall): Promise<string> {
  const project = await api("post", "/projects", {
    name: "Gudang Desa",
    location: "Garut",
    client: "Desa",
    fundingSource: "APBDes",
    startDate: "2026-01-05",
    durationDays: 28,
  });
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Pekerjaan Tanah" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Galian dan urugan" });
  for (const uraian of PEKERJAAN) {
    const p = await api("post", `${base}/pekerjaan`, { subKlasifikasiId: sub.id, source: "custom", uraian, satuan: "m3" });
    await api("put", `${base}/pekerjaan/${p.id}/lines`, {
      lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 }],
    });
    await api("put", `${base}/pekerjaan/${p.id}/volume`, { value: "1" });
  }
  await api("patch", `${base}/harga-items`, { items: [{ kode: "L.01", harga: 100 }] });
  return project.id;
}

/** Volumes by uraian, as the API stores them. */
async function volumes(api: ApiCall, projectId: string): Promise<Record<string, string>> {
  const tree = await api("get", `/projects/${projectId}/tree`);
  const all = tree.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));
  return Object.fromEntries(all.map((p: { uraian: string; volume: string }) => [p.uraian, p.volume]));
}

async function editCell(cell: Locator, inputName: string, text: string) {
  await cell.dblclick();
  const input = cell.page().getByRole("textbox", { name: inputName });
  await input.fill(text);
  await input.press("Enter");
}

async function setUp(page: Page, request: APIRequestContext, label: string) {
  const password = "rahasia-e2e-13";
  const email = await signUpAndLogIn(page, request, label, password);
  const api = await apiAs(request, email, password);
  return { api, projectId: await buildProject(api) };
}

test("Volume: 15.750 is refused naming both readings, 15,75 saves, a pasted column fills down, 2.000.000 gets a warning mark", async ({
  page,
  request,
  context,
}) => {
  const { api, projectId } = await setUp(page, request, "angka-volume");
  await page.goto(`/projects/${projectId}/volume`);
  const grid = page.getByRole("treegrid", { name: "Volume pekerjaan" });
  const volumeCell = (uraian: string) =>
    grid
      .getByRole("row", { name: new RegExp(uraian) })
      .getByRole("gridcell")
      .nth(4);
  await expect(page.getByText(/Titik dengan tepat tiga angka di belakangnya/)).toBeVisible();

  // 15.750: two readings, nothing saved.
  await editCell(volumeCell("Galian tanah"), "Volume CUST-001 Galian tanah", "15.750");
  const message = volumeCell("Galian tanah").getByRole("alert");
  await expect(message).toHaveText("15,750 atau 15.750 (lima belas ribu tujuh ratus lima puluh)? Ketik 15,750 atau 15750.");
  await expect(volumeCell("Galian tanah")).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "test-results/e2e/volume-ambiguous.png", fullPage: false });
  expect((await volumes(api, projectId))["Galian tanah"]).toBe("1.000");

  // 15,75 is fifteen and three quarters.
  await editCell(volumeCell("Galian tanah"), "Volume CUST-001 Galian tanah", "15,75");
  await expect(volumeCell("Galian tanah")).toHaveText("15,75");
  await expect.poll(async () => (await volumes(api, projectId))["Galian tanah"]).toBe("15.750");

  // Ctrl+V of a column from a spreadsheet fills three cells down from the active one.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate(() => navigator.clipboard.writeText("4,5\n40\n60\n"));
  await volumeCell("Galian tanah").click();
  await page.keyboard.press("Control+V");
  await expect(page.getByText("3 volume diperbarui dari tempelan.")).toBeVisible();
  await expect(volumeCell("Galian tanah")).toHaveText("4,5");
  await expect(volumeCell("Urugan pasir")).toHaveText("40");
  await expect(volumeCell("Pondasi batu")).toHaveText("60");
  expect(await volumes(api, projectId)).toEqual({ "Galian tanah": "4.500", "Urugan pasir": "40.000", "Pondasi batu": "60.000" });

  // A block that stays ambiguous is asked about once, for the whole paste.
  await page.evaluate(() => navigator.clipboard.writeText("15.750\n2.125"));
  await volumeCell("Galian tanah").click();
  await page.keyboard.press("Control+V");
  const dialog = page.getByRole("dialog", { name: "Bagaimana membaca titik pada tempelan ini?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /Titik = desimal: 15\.750 dibaca 15,750/ }).focus();
  await page.keyboard.press("Enter");
  await expect(volumeCell("Urugan pasir")).toHaveText("2,125");
  await expect(volumeCell("Galian tanah")).toHaveText("15,75");

  // Allowed, but marked: volume above 1.000.000.
  await editCell(volumeCell("Pondasi batu"), "Volume CUST-003 Pondasi batu", "2.000.000");
  await expect(volumeCell("Pondasi batu")).toContainText("2.000.000");
  await expect(volumeCell("Pondasi batu").getByRole("img", { name: "Volume di atas 1.000.000: periksa lagi." })).toBeVisible();
  await expect(volumeCell("Urugan pasir").getByRole("img")).toHaveCount(0);
  await page.screenshot({ path: "test-results/e2e/volume-warning.png", fullPage: false });
});

test("Harga: 15.000 in a price cell saves fifteen thousand", async ({ page, request }) => {
  const { api, projectId } = await setUp(page, request, "angka-harga");
  await page.goto(`/projects/${projectId}/harga-items`);
  const cell = page.getByRole("grid", { name: "Harga items" }).getByRole("row", { name: /L\.01/ }).getByRole("gridcell").nth(3);
  await editCell(cell, "Harga L.01 Pekerja", "15.000");
  await expect(cell).toHaveText("15.000,00");
  await expect
    .poll(async () => (await api("get", `/projects/${projectId}/harga-items`)).find((i: { kode: string }) => i.kode === "L.01").harga)
    .toBe("15000.00");
});
