import { expect, test } from "@playwright/test";
import { addAnalysisLines, apiAs, newPekerjaan, newProject, signUpAndLogIn } from "./support";

/**
 * Two people editing one budget: a save started from data someone else has changed since is
 * refused with "Muat ulang", never written over their change. This holds only because the pages
 * send the editVersion they read; a page that sent none would silently overwrite.
 */
test("stale Analisa and pricing saves answer the conflict and keep the other person's change", async ({ page, request }) => {
  const password = "rahasia-e2e-9";
  const email = await signUpAndLogIn(page, request, "konflik", password);
  const api = await apiAs(request, email, password);
  const project = await newProject(api, "Gedung Konflik");
  const base = `/projects/${project.id}`;
  const pekerjaan = await newPekerjaan(api, project.id, { uraian: "Pagar", satuan: "m" });

  // Analisa: the page has read the pekerjaan; someone else saves its lines before this save.
  await page.goto(`${base}/analisa?p=${pekerjaan.id}`);
  await expect(page.getByRole("heading", { name: "Pagar" })).toBeVisible();
  await addAnalysisLines(page, [{ kategori: "TK", kode: "K-TK1", uraian: "Tukang", satuan: "OH", koefisien: "0,5" }]);
  const theirs = [{ kategori: "BHN", kode: "K-BHN1", uraian: "Kawat", satuan: "kg", koefisien: "2" }];
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, { lines: theirs });
  await page.getByRole("button", { name: "Simpan analisa" }).click();
  await expect(page.getByText("Data telah berubah.")).toBeVisible();
  expect((await api("get", `${base}/pekerjaan/${pekerjaan.id}`)).lines.map((l: { kode: string }) => l.kode)).toEqual(["K-BHN1"]);
  await page.getByRole("button", { name: "Muat ulang" }).click();
  await expect(page.getByLabel("Kode baris 1")).toHaveValue("K-BHN1");

  // Pricing on the Rekap RAB page: PPN changed elsewhere after the form was read.
  await page.goto(`${base}/rekap-rab`);
  const pricing = page.getByRole("form", { name: "Pengaturan harga" });
  await expect(pricing).toBeVisible();
  await api("patch", `${base}/pricing`, { ppnPercent: "12" });
  await pricing.getByLabel("Biaya umum & keuntungan (%)").fill("12");
  await pricing.getByRole("button", { name: "Terapkan" }).click();
  // The page's If-Match names the version it read: refused (412), the draft kept, the choice offered.
  const stale = page.getByTestId("stale-save");
  await expect(stale).toContainText("mengubah Pengaturan harga");
  expect(await api("get", base)).toMatchObject({ overheadProfitPercent: "10.00", ppnPercent: "12.00" });
  await stale.getByRole("button", { name: "Buang perubahan saya" }).click();
  await expect(stale).toHaveCount(0);
  await expect(pricing.getByLabel("PPN (%)")).toHaveValue("12");
  await expect(pricing.getByLabel("Biaya umum & keuntungan (%)")).toHaveValue("10");
  expect(await api("get", base)).toMatchObject({ overheadProfitPercent: "10.00", ppnPercent: "12.00" });
});

/**
 * Grids conflict per row, not per project: a price changed elsewhere in another row does not stop
 * this page's save; the same row changed elsewhere is refused with the current value shown, the
 * draft kept, Enter keeping it on top and Escape taking theirs.
 */
test("Harga Items: another row changed elsewhere saves; the same row shows theirs and keeps the draft", async ({ page, request }) => {
  const password = "rahasia-e2e-9";
  const email = await signUpAndLogIn(page, request, "konflik-baris", password);
  const api = await apiAs(request, email, password);
  const project = await newProject(api, "Gedung Baris");
  const base = `/projects/${project.id}`;
  const pekerjaan = await newPekerjaan(api, project.id, { uraian: "Pagar", satuan: "m" });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, {
    lines: [
      { kategori: "TK", kode: "K-TK1", uraian: "Tukang", satuan: "OH", koefisien: "0.5" },
      { kategori: "BHN", kode: "K-BHN1", uraian: "Kawat", satuan: "kg", koefisien: "2" },
    ],
  });
  await page.goto(`${base}/harga-items`);
  const grid = page.getByRole("grid", { name: "Harga items" });
  const priceCell = (kode: string) =>
    grid
      .getByRole("row", { name: new RegExp(kode) })
      .getByRole("gridcell")
      .nth(3);
  const typePrice = async (kode: string, text: string) => {
    await priceCell(kode).dblclick();
    const input = page.getByRole("textbox", { name: new RegExp(`^Harga ${kode}`) });
    await input.fill(text);
    await input.press("Enter");
  };
  const prices = async () =>
    Object.fromEntries(((await api("get", `${base}/harga-items`)) as { kode: string; harga: string }[]).map((i) => [i.kode, i.harga]));

  // Someone else prices the material; this page prices the labour: both stay.
  await api("patch", `${base}/harga-items`, { items: [{ kode: "K-BHN1", harga: "25000" }] });
  await typePrice("K-TK1", "150.000");
  await expect.poll(prices).toEqual({ "K-TK1": "150000.00", "K-BHN1": "25000.00" });
  await expect(priceCell("K-TK1")).not.toHaveAttribute("aria-invalid", "true");

  // Someone else changes the labour price again; this page's save of that row is refused.
  await api("patch", `${base}/harga-items`, { items: [{ kode: "K-TK1", harga: "175000" }] });
  await typePrice("K-TK1", "160.000");
  await expect(priceCell("K-TK1")).toHaveAttribute("aria-invalid", "true");
  await expect(priceCell("K-TK1")).toContainText("Diubah orang lain. Enter: simpan nilai Anda di atasnya · Esc: pakai nilai terbaru.");
  await expect(priceCell("K-TK1")).toContainText("160.000");
  expect((await prices())["K-TK1"]).toBe("175000.00");
  // Escape takes theirs.
  await priceCell("K-TK1").press("Escape");
  await expect(priceCell("K-TK1")).toContainText("175.000");
  // Typed again, with the version now on screen: saved on top.
  await typePrice("K-TK1", "160.000");
  await expect.poll(async () => (await prices())["K-TK1"]).toBe("160000.00");
  await expect(priceCell("K-TK1")).toContainText("160.000");
});
