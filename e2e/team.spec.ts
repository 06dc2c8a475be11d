import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { apiAs, newPekerjaan, signUpAndLogIn, type ApiCall } from "./support";

/**
 * A team in the browser: the owner invites an editor and a viewer on the team page; the viewer
 * reads every tab without a single edit control; the editor changes a price but cannot manage
 * the team or archive the project. The owner's open page learns of the editor's change, and a
 * save the owner started from older data keeps the draft and offers the choice.
 */

const PASSWORD = "rahasia-e2e-9";

/** Every control that changes something, by accessible name: none may be on a viewer's page. */
const EDIT_BUTTON =
  /^(Tambah|Hapus|Ubah|Simpan|Impor|Tempel|Terapkan|Salin proyek|Kosongkan|Sebar|Naikkan|Turunkan|Arsipkan|Pulihkan|Keluarkan|Jadikan|Undang|\+ Pekerjaan)/;

/** Each tab, and what shows once it has rendered (so a count of 0 means absent, not "not yet drawn"). */
const TABS: { label: string; ready: (page: Page) => Locator }[] = [
  { label: "List Pekerjaan", ready: (p) => p.getByRole("group", { name: "Pekerjaan CUST-001 Pagar kawat" }) },
  { label: "Volume", ready: (p) => p.getByRole("treegrid", { name: "Volume pekerjaan" }) },
  { label: "Analisa", ready: (p) => p.getByRole("cell", { name: "K-TK1" }) },
  { label: "Harga Items", ready: (p) => p.getByRole("grid", { name: "Harga items" }) },
  { label: "Rincian AHSP", ready: (p) => p.getByRole("heading", { name: "Pagar kawat" }) },
  { label: "Rekap RAB", ready: (p) => p.getByRole("treegrid", { name: "Rekap RAB" }) },
  { label: "Rekap Kebutuhan", ready: (p) => p.getByRole("group", { name: "Unduh Rekap Kebutuhan seluruh proyek" }) },
  { label: "Jadwal", ready: (p) => p.getByRole("grid", { name: "Jadwal rencana per pekerjaan" }) },
  { label: "Kurva S", ready: (p) => p.getByRole("group", { name: "Unduh Jadwal dan Kurva S" }) },
];

async function register(request: Parameters<typeof apiAs>[0], label: string) {
  const email = `${label}-${Date.now()}@test.local`;
  const res = await request.post("/api/v1/auth/register", { data: { email, password: PASSWORD, name: label } });
  expect(res.ok(), await res.text()).toBe(true);
  return email;
}

async function logIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

async function projectWithOneEstimate(api: ApiCall): Promise<string> {
  const project = await api("post", "/projects", {
    name: "Gedung Tim",
    location: "Bandung",
    client: "Dinas PU",
    fundingSource: "APBD",
    startDate: "2026-01-05",
    durationDays: 60,
  });
  const base = `/projects/${project.id}`;
  const pekerjaan = await newPekerjaan(api, project.id, { uraian: "Pagar kawat", satuan: "m" });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, {
    lines: [{ kategori: "TK", kode: "K-TK1", uraian: "Tukang", satuan: "OH", koefisien: "0.5" }],
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/volume`, { value: "10" });
  await api("post", `${base}/parameters`, { name: "panjang", value: "12" });
  await api("put", `${base}/jadwal/entries`, { entries: [{ pekerjaanId: pekerjaan.id, week: 1, planned: "100" }] });
  return project.id;
}

async function invite(page: Page, email: string, role: "Editor" | "Peninjau") {
  const form = page.getByRole("region", { name: "Undang anggota" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Peran").selectOption({ label: role === "Editor" ? "Editor: mengubah RAB" : "Peninjau: hanya membaca" });
  await form.getByRole("button", { name: "Undang" }).click();
  await expect(form.getByRole("status").filter({ hasText: email })).toBeVisible();
}

async function shot(page: Page, name: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  await test.info().attach(`${name}-${width}`, { path: test.info().outputPath(`${name}-${width}.png`), contentType: "image/png" });
}

test("owner invites an editor and a viewer; the viewer sees no edit control, the editor edits but does not manage", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(180_000);
  const ownerEmail = await signUpAndLogIn(page, request, "pemilik-tim", PASSWORD);
  const owner = await apiAs(request, ownerEmail, PASSWORD);
  const projectId = await projectWithOneEstimate(owner);
  const editorEmail = await register(request, "editor-tim");
  const viewerEmail = await register(request, "peninjau-tim");

  // The owner opens the team page from the project header and invites both.
  await page.goto(`/projects/${projectId}/pekerjaan`);
  await page.getByRole("link", { name: "Tim", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/tim$`));
  await invite(page, editorEmail, "Editor");
  // No SMTP in this server: the owner is told so and gets the link to pass on.
  const link = page.getByRole("textbox", { name: "Tautan undangan" });
  await expect(link).toHaveValue(new RegExp(`/projects/${projectId}`));
  await expect(page.getByText("Email belum dikonfigurasi di server ini")).toBeVisible();
  await page.getByRole("button", { name: "Salin tautan" }).click();
  await expect(page.getByText(/^Tautan (disalin|dipilih)/)).toBeVisible();
  await invite(page, viewerEmail, "Peninjau");
  const pendingEmail = `belum-daftar-${Date.now()}@test.local`;
  await invite(page, pendingEmail, "Peninjau");

  const members = page.getByRole("table", { name: "Anggota proyek" });
  await expect(members.getByRole("row")).toHaveCount(4);
  await expect(page.getByLabel("Peran editor-tim")).toHaveValue("editor");
  await expect(page.getByLabel("Peran peninjau-tim")).toHaveValue("viewer");
  await expect(page.getByRole("region", { name: "Undangan menunggu pendaftaran" })).toContainText(pendingEmail);
  // Handing over ownership names its consequence before anything happens.
  await page.getByRole("button", { name: "Jadikan editor-tim pemilik" }).click();
  const transfer = page.getByRole("dialog", { name: "Jadikan editor-tim pemilik?" });
  await expect(transfer).toContainText("Anda menjadi editor");
  await transfer.getByRole("button", { name: "Batal" }).click();
  // A duplicate invitation is refused at the email field.
  const form = page.getByRole("region", { name: "Undang anggota" });
  await form.getByLabel("Email").fill(editorEmail);
  await form.getByRole("button", { name: "Undang" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert")).toContainText("sudah menjadi anggota");
  await form.getByLabel("Email").fill("");
  for (const width of [1280, 360]) await shot(page, "tim-pemilik", width);
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The viewer: every tab readable, not one edit control.
  const viewer = await logIn(browser, viewerEmail);
  await expect(viewer.getByRole("row", { name: /Gedung Tim/ })).toContainText("Peninjau");
  await expect(viewer.getByRole("row", { name: /Gedung Tim/ }).getByRole("button")).toHaveCount(0);
  await viewer.goto(`/projects/${projectId}`);
  await expect(viewer.getByTestId("project-role")).toHaveText("Peninjau");
  const found: Record<string, number> = {};
  for (const tab of TABS) {
    await viewer.getByRole("navigation", { name: "Langkah penyusunan RAB" }).getByRole("link", { name: tab.label, exact: true }).click();
    await expect(tab.ready(viewer)).toBeVisible();
    found[tab.label] =
      (await viewer.getByRole("button", { name: EDIT_BUTTON }).count()) +
      (await viewer.getByRole("textbox").count()) +
      (await viewer.getByRole("spinbutton").count()) +
      (await viewer.getByRole("link", { name: "Unduh cadangan" }).count());
  }
  expect(found).toEqual(Object.fromEntries(TABS.map((t) => [t.label, 0])));
  // Documents still download; a grid cell does not open for typing.
  await expect(viewer.getByRole("button", { name: "Unduh XLSX" })).toBeVisible();
  await viewer.goto(`/projects/${projectId}/harga-items`);
  const price = viewer.getByRole("grid", { name: "Harga items" }).getByRole("row", { name: /K-TK1/ }).getByRole("gridcell").nth(3);
  await price.dblclick();
  await price.press("5");
  await expect(viewer.getByRole("textbox")).toHaveCount(0);
  await viewer.goto(`/projects/${projectId}/rekap-rab`);
  await expect(viewer.getByRole("definition").first()).toBeVisible();
  for (const width of [1280, 360]) await shot(viewer, "peninjau-rekap-rab", width);
  await viewer.goto(`/projects/${projectId}/tim`);
  await expect(viewer.getByRole("combobox")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: EDIT_BUTTON })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Keluar dari proyek" })).toBeVisible();

  // The editor: changes a price, but has no team or archive controls.
  const editor = await logIn(browser, editorEmail);
  const row = editor.getByRole("row", { name: /Gedung Tim/ });
  await expect(row).toContainText("Editor");
  await expect(row.getByRole("button", { name: "Ubah Gedung Tim" })).toBeVisible();
  await expect(row.getByRole("button", { name: /^Arsipkan/ })).toHaveCount(0);
  await editor.getByLabel("Peran saya").selectOption({ label: "Milik saya" });
  await expect(editor.getByText("Tidak ada proyek yang cocok.")).toBeVisible();
  await editor.getByLabel("Peran saya").selectOption({ label: "Dibagikan, saya editor" });
  await expect(editor.getByRole("row", { name: /Gedung Tim/ })).toBeVisible();
  // The owner has the price list open while the editor changes a price: a notice, not a dialog.
  await page.goto(`/projects/${projectId}/harga-items`);
  await expect(page.getByRole("grid", { name: "Harga items" })).toBeVisible();
  await editor.goto(`/projects/${projectId}/harga-items`);
  const editorPrice = editor.getByRole("grid", { name: "Harga items" }).getByRole("row", { name: /K-TK1/ }).getByRole("gridcell").nth(3);
  await editorPrice.dblclick();
  const input = editor.getByRole("textbox", { name: /^Harga K-TK1/ });
  await input.fill("150.000");
  await input.press("Enter");
  await expect
    .poll(async () => (await owner("get", `/projects/${projectId}/harga-items`)).find((i: { kode: string }) => i.kode === "K-TK1").harga)
    .toBe("150000.00");
  const notice = page.getByTestId("change-notice");
  await expect(notice).toContainText("editor-tim mengubah Harga Items", { timeout: 15_000 });
  await notice.getByRole("button", { name: "Muat ulang" }).click();
  await expect(page.getByRole("grid", { name: "Harga items" }).getByRole("row", { name: /K-TK1/ })).toContainText("150.000");
  await expect(notice).toHaveCount(0);

  // A stale save: the owner's pricing form was read before the editor changed PPN. The owner's
  // draft stays on screen, with who changed what, and the choice to keep it on top.
  await page.goto(`/projects/${projectId}/rekap-rab`);
  const pricing = page.getByRole("form", { name: "Pengaturan harga" });
  await expect(pricing).toBeVisible();
  await editor.goto(`/projects/${projectId}/rekap-rab`);
  const editorPricing = editor.getByRole("form", { name: "Pengaturan harga" });
  await editorPricing.getByLabel("PPN (%)").fill("12");
  await editorPricing.getByRole("button", { name: "Terapkan" }).click();
  await expect.poll(async () => (await owner("get", `/projects/${projectId}`)).ppnPercent).toBe("12.00");
  await pricing.getByLabel("Biaya umum & keuntungan (%)").fill("12,5");
  await pricing.getByRole("button", { name: "Terapkan" }).click();
  const stale = page.getByTestId("stale-save");
  await expect(stale).toContainText("Perubahan Anda belum disimpan");
  await expect(stale).toContainText("editor-tim mengubah Pengaturan harga");
  await expect(pricing.getByLabel("Biaya umum & keuntungan (%)")).toHaveValue("12,5");
  expect(await owner("get", `/projects/${projectId}`)).toMatchObject({ overheadProfitPercent: "10.00", ppnPercent: "12.00" });
  for (const width of [1280, 360]) await shot(page, "simpan-basi", width);
  await page.setViewportSize({ width: 1280, height: 900 });
  await stale.getByRole("button", { name: "Simpan perubahan saya di atas data terbaru" }).click();
  // Only the field the owner changed is sent: the editor's PPN stays.
  await expect(pricing.getByLabel("PPN (%)")).toHaveValue("12");
  await expect(pricing.getByLabel("Biaya umum & keuntungan (%)")).toHaveValue("12,5");
  await expect(stale).toHaveCount(0);
  expect(await owner("get", `/projects/${projectId}`)).toMatchObject({ overheadProfitPercent: "12.50", ppnPercent: "12.00" });
  await expect(page.getByTestId("change-notice")).toHaveCount(0);

  await editor.goto(`/projects/${projectId}/tim`);
  await expect(editor.getByRole("region", { name: "Undang anggota" })).toHaveCount(0);
  await expect(editor.getByRole("combobox")).toHaveCount(0);
  await expect(editor.getByRole("button", { name: /^(Keluarkan|Jadikan)/ })).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Keluar dari proyek" })).toBeVisible();
});
