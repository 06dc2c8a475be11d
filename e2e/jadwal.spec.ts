import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { apiAs, signUpAndLogIn } from "./support";

/*
 * A project built over the API: start Monday 5 January 2026, 28 days (weeks M1–M4), BUK 0%,
 * one resource at Rp 100: "Pasangan bata" volume 3 → jumlah 300, "Plesteran" volume 1 →
 * jumlah 100; D = 400, bobot 75% / 25%.
 * Bata spread over M1–M4 → 25% a week → planned cumulative 18,75 / 37,5 / 56,25 / 75.
 * Actuals 30% in M1 and 10% in M2 → actual cumulative 22,5 then 30: deviation +3,75, then −7,5.
 */
async function buildProject(request: APIRequestContext, email: string, password: string, harga = 100): Promise<string> {
  const api = await apiAs(request, email, password);
  const project = await api("post", "/projects", {
    name: "Rumah Jaga",
    location: "Garut",
    client: "Dinas PUPR",
    fundingSource: "APBD",
    startDate: "2026-01-05",
    durationDays: 28,
    overheadProfitPercent: 0,
  });
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Pekerjaan Dinding" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Pasangan" });
  for (const [uraian, volume] of [
    ["Pasangan bata", "3"],
    ["Plesteran", "1"],
  ]) {
    const p = await api("post", `${base}/pekerjaan`, { subKlasifikasiId: sub.id, source: "custom", uraian, satuan: "m2" });
    await api("put", `${base}/pekerjaan/${p.id}/lines`, {
      lines: [{ kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 1 }],
    });
    await api("put", `${base}/pekerjaan/${p.id}/volume`, { value: volume });
  }
  await api("patch", `${base}/harga-items`, { items: [{ kode: "L.01", harga }] });
  return project.id;
}

/** How the grids name the bata row: the CUST-nnn it got (created without a kode) and its uraian. */
const BATA = "CUST-001 Pasangan bata";
const PLESTER = "CUST-002 Plesteran";

const cell = (page: Page, label: string, week: number) => page.getByRole("gridcell", { name: new RegExp(`^${label}, Minggu ${week} `) });

async function openTab(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Langkah penyusunan RAB" }).getByRole("link", { name, exact: true }).click();
}

test("spread a pekerjaan over 4 weeks, enter actuals, watch Kurva S and its deviation follow", async ({ page, request }) => {
  const password = "rahasia-e2e-6";
  const email = await signUpAndLogIn(page, request, "jadwal", password);
  const projectId = await buildProject(request, email, password);

  await page.goto(`/projects/${projectId}/jadwal`);
  const grid = page.getByRole("grid", { name: "Jadwal rencana per pekerjaan" });
  await expect(grid.getByRole("columnheader", { name: /M4/ })).toBeVisible();
  await expect(page.getByText("Jadwal belum lengkap.")).toBeVisible();

  // Spread evenly: select the row, weeks 1–4.
  await cell(page, BATA, 1).click();
  const spread = page.getByRole("form", { name: "Sebar rencana rata" });
  await expect(spread).toContainText("Pasangan bata");
  await spread.getByLabel("Minggu awal").fill("1");
  await spread.getByLabel("Minggu akhir").fill("4");
  await spread.getByRole("button", { name: "Sebar rata 100%" }).click();
  for (const week of [1, 2, 3, 4]) await expect(cell(page, BATA, week)).toHaveText("25");
  await expect(grid.getByRole("gridcell", { name: `Total ${BATA}` })).toHaveText("100");
  await expect(page.getByTestId("gantt-bar")).toHaveCount(1);

  // Kurva S before any actual: the plan only.
  await openTab(page, "Kurva S");
  await expect(page.getByRole("img", { name: /^Kurva S: rencana kumulatif 75% di akhir/ })).toBeVisible();
  const table = page.getByRole("table", { name: "Kurva S per minggu" });
  await expect(table.getByRole("row", { name: /Minggu 4/ })).toContainText("75");
  await expect(page.getByRole("definition").filter({ hasText: "Belum ada realisasi" })).toBeVisible();

  // Actuals from the keyboard: 30 in M1, Tab, 10 in M2, Enter.
  await openTab(page, "Jadwal");
  await page.getByRole("radio", { name: "Realisasi" }).check();
  await cell(page, BATA, 1).click();
  await page.keyboard.type("30");
  await page.keyboard.press("Tab");
  await page.keyboard.type("10");
  await page.keyboard.press("Enter");
  await expect(cell(page, BATA, 2)).toHaveText("10");
  await expect(page.getByText("Semua perubahan tersimpan.")).toBeVisible();
  await expect(
    page.getByRole("grid", { name: "Jadwal realisasi per pekerjaan" }).getByRole("gridcell", { name: `Total ${BATA}` }),
  ).toHaveText("40");

  // A value over 100% in total is refused and named.
  await cell(page, BATA, 3).click();
  await page.keyboard.type("70");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("alert").filter({ hasText: "Pasangan bata: total realisasi menjadi 110,00% (maksimal 100%)." }),
  ).toBeVisible();
  await expect(cell(page, BATA, 3)).toHaveText("");

  await openTab(page, "Kurva S");
  const summary = page.getByRole("region", { name: "Ringkasan nilai hasil" });
  await expect(summary.getByRole("definition").filter({ hasText: "Minggu 2" })).toBeVisible();
  await expect(page.getByRole("img", { name: /realisasi kumulatif 30%, deviasi -7,5%/ })).toBeVisible();
  // The actual curve runs through week 0, 1 and 2; one deviation bar per week with actuals.
  await expect(page.locator(".kurva-realisasi path.recharts-line-curve")).toHaveAttribute("d", /^M.+L.+L/);
  await expect(page.locator(".deviasi-bar .recharts-bar-rectangle path")).toHaveCount(2);
  await expect(table.getByRole("row", { name: /Minggu 1/ })).toContainText("3,75");
  await expect(table.getByRole("row", { name: /Minggu 2/ })).toContainText("-7,5");
});

test("a shorter duration that drops planned weeks is shown first and saved only when confirmed", async ({ page, request }) => {
  const password = "rahasia-e2e-6";
  const email = await signUpAndLogIn(page, request, "jadwal-geser", password);
  const projectId = await buildProject(request, email, password);
  await page.goto(`/projects/${projectId}/jadwal`);
  await cell(page, BATA, 1).click();
  const spread = page.getByRole("form", { name: "Sebar rencana rata" });
  await spread.getByLabel("Minggu awal").fill("1");
  await spread.getByLabel("Minggu akhir").fill("4");
  await spread.getByRole("button", { name: "Sebar rata 100%" }).click();
  await expect(cell(page, BATA, 4)).toHaveText("25");

  const changeDuration = async () => {
    await page.getByRole("button", { name: "Ubah data proyek" }).click();
    await page.getByLabel("Durasi (hari kalender)").fill("14");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
  };
  await changeDuration();
  const warning = page.getByRole("alert").filter({ hasText: "2 entri jadwal berada di luar rentang tanggal baru" });
  await expect(warning).toContainText("Pasangan bata, minggu 3");
  await expect(warning).toContainText("Pasangan bata, minggu 4");
  await warning.getByRole("button", { name: "Jangan simpan" }).click();
  await expect(warning).toBeHidden();
  const durationOf = async () => (await (await page.request.get(`/api/v1/projects/${projectId}`)).json()).data.durationDays;
  expect(await durationOf()).toBe(28);

  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await page.getByRole("button", { name: "Simpan dan hapus 2 entri jadwal" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  expect(await durationOf()).toBe(14);
  await expect(page.getByRole("grid", { name: "Jadwal rencana per pekerjaan" }).getByRole("columnheader", { name: /M3/ })).toHaveCount(0);
  await expect(page.getByRole("gridcell", { name: `Total ${BATA}` })).toHaveText("50");
});

/** The weighted row under the grid whose header is `label`: its total, then one cell per week. */
const weightedRow = (page: Page, label: string) =>
  page
    .getByRole("grid", { name: /^Jadwal / })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) })
    .getByRole("gridcell");

async function spreadBata(page: Page) {
  await cell(page, BATA, 1).click();
  const spread = page.getByRole("form", { name: "Sebar rencana rata" });
  await spread.getByLabel("Minggu awal").fill("1");
  await spread.getByLabel("Minggu akhir").fill("4");
  await spread.getByRole("button", { name: "Sebar rata 100%" }).click();
  await expect(cell(page, BATA, 4)).toHaveText("25");
}

async function typeInto(page: Page, uraian: string, week: number, values: string[]) {
  await cell(page, uraian, week).click();
  for (const [i, value] of values.entries()) {
    await page.keyboard.type(value);
    await page.keyboard.press(i === values.length - 1 ? "Enter" : "Tab");
  }
}

async function noPageOverflow(page: Page, width: number) {
  // Only the grid's own scroller may scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test("actual costs per week in realisasi: row total, bobot, weighted rows, and AC and CPI on the Kurva S", async ({
  page,
  request,
  context,
}) => {
  // Harga Rp 100.000: D = 400.000, bobot 75% / 25%. Actuals 30% + 10% of Pasangan bata: EV = 300.000 × 40% = 120.000;
  // planned to week 2, 50%: PV = 150.000. Costs 60.000 + 25.000,50 to week 2: AC = 85.000,50, CPI = 1,41, SPI = 0,80;
  // the costs of weeks 3 and 4 come after the last actual %, outside the Kurva S's report week.
  const password = "rahasia-e2e-6";
  const email = await signUpAndLogIn(page, request, "jadwal-biaya", password);
  const projectId = await buildProject(request, email, password, 100_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/projects/${projectId}/jadwal`);
  await spreadBata(page);

  await expect(page.getByRole("gridcell", { name: `Bobot ${BATA}` })).toHaveText("75");
  await expect(page.getByRole("gridcell", { name: `Bobot ${PLESTER}` })).toHaveText("25");
  await expect(weightedRow(page, "Rencana (%)")).toHaveText(["75", "18,75", "18,75", "18,75", "18,75"]);
  await expect(weightedRow(page, "Rencana kumulatif (%)")).toHaveText(["", "18,75", "37,5", "56,25", "75"]);
  await expect(weightedRow(page, "Realisasi (%)")).toHaveCount(0);

  await page.getByRole("radio", { name: "Realisasi" }).check();
  await typeInto(page, BATA, 1, ["30", "10"]);
  await expect(cell(page, BATA, 2)).toHaveText("10");
  await expect(weightedRow(page, "Realisasi (%)")).toHaveText(["30", "22,5", "7,5", "", ""]);
  await expect(weightedRow(page, "Realisasi kumulatif (%)")).toHaveText(["", "22,5", "30", "", ""]);

  // The cost from the keyboard, id-ID style: 60.000 in M1, Tab, 25.000,50 in M2, Enter.
  await page.getByRole("radio", { name: "Biaya aktual (Rp)" }).check();
  const costs = page.getByRole("grid", { name: "Jadwal biaya aktual per pekerjaan" });
  await expect(costs.getByRole("columnheader", { name: "Total (Rp)" })).toBeVisible();
  await typeInto(page, BATA, 1, ["60.000", "25.000,50"]);
  await expect(cell(page, BATA, 1)).toHaveText("60.000,00");
  await expect(cell(page, BATA, 2)).toHaveText("25.000,50");
  await expect(page.getByText("Semua perubahan tersimpan.")).toBeVisible();
  await expect(costs.getByRole("gridcell", { name: `Total ${BATA}` })).toHaveText("85.000,50");
  await expect(weightedRow(page, "Biaya aktual (Rp)")).toHaveText(["85.000,50", "60.000,00", "25.000,50", "", ""]);
  await expect(weightedRow(page, "Biaya aktual kumulatif (Rp)")).toHaveText(["", "60.000,00", "85.000,50", "", ""]);
  await expect(weightedRow(page, "Realisasi kumulatif (%)")).toHaveText(["", "22,5", "30", "", ""]);
  // Not a percent: a cost over 100 is fine, a third decimal is not.
  await typeInto(page, PLESTER, 3, ["1.000,125"]);
  await expect(page.getByRole("alert").filter({ hasText: "Maksimal 2 angka di belakang koma." })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(cell(page, PLESTER, 3)).toHaveText("");

  // A row of costs pasted from a spreadsheet (Ctrl+V) fills from the active cell, saved in one request.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate(() => navigator.clipboard.writeText("10.000\t5.000,25\n"));
  await cell(page, PLESTER, 3).click();
  await page.keyboard.press("Control+V");
  await expect(cell(page, PLESTER, 4)).toHaveText("5.000,25");
  await expect(costs.getByRole("gridcell", { name: `Total ${PLESTER}` })).toHaveText("15.000,25");
  await expect(weightedRow(page, "Biaya aktual (Rp)")).toHaveText(["100.000,75", "60.000,00", "25.000,50", "10.000,00", "5.000,25"]);
  await expect(weightedRow(page, "Biaya aktual kumulatif (Rp)")).toHaveText(["", "60.000,00", "85.000,50", "95.000,50", "100.000,75"]);

  await page.screenshot({ path: test.info().outputPath("jadwal-biaya-1366.png"), fullPage: true });
  await noPageOverflow(page, 1366);
  // The grid fits its columns: at 1366 px the four weeks show beside name, bobot and total.
  await expect(cell(page, BATA, 4)).toBeInViewport();

  // At 360 px only the name stays in place; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await noPageOverflow(page, 360);
  await cell(page, BATA, 2).click();
  await page.keyboard.press("End");
  await expect(cell(page, BATA, 4)).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath("jadwal-biaya-360.png"), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  await openTab(page, "Kurva S");
  const summary = page.getByRole("region", { name: "Ringkasan nilai hasil" });
  const card = (term: string) =>
    summary
      .locator("div")
      .filter({ has: page.getByText(term, { exact: true }) })
      .getByRole("definition");
  await expect(card("AC (biaya aktual)")).toHaveText("Rp 85.000,50");
  await expect(card("EV (nilai hasil)")).toHaveText("Rp 120.000,00");
  await expect(card("CPI = EV / AC")).toHaveText("1,41");
  await expect(card("SPI = EV / PV")).toHaveText("0,80");
  await page.screenshot({ path: test.info().outputPath("kurva-s-biaya-1366.png") });
});

test("the month view shows the weighted rows and costs by calendar month", async ({ page, request }) => {
  const password = "rahasia-e2e-6";
  const email = await signUpAndLogIn(page, request, "jadwal-bulan", password);
  const projectId = await buildProject(request, email, password, 100_000);
  await page.goto(`/projects/${projectId}/jadwal`);
  await spreadBata(page);
  await page.getByRole("radio", { name: "Realisasi" }).check();
  await page.getByRole("radio", { name: "Biaya aktual (Rp)" }).check();
  await typeInto(page, BATA, 1, ["60.000", "25.000,50"]);
  await expect(page.getByText("Semua perubahan tersimpan.")).toBeVisible();

  // 5 January – 1 February 2026: January holds 27 days, February 1 (week 4's Sunday).
  await page.getByRole("radio", { name: "Bulanan" }).check();
  await expect(
    page.getByRole("grid", { name: "Jadwal biaya aktual per pekerjaan" }).getByRole("columnheader", { name: /Feb/ }),
  ).toBeVisible();
  await expect(weightedRow(page, "Biaya aktual (Rp)")).toHaveText(["85.000,50", "85.000,50", ""]);
  // Week 4's 18,75 planned: 6 of its 7 days in January.
  await expect(weightedRow(page, "Rencana (%)")).toHaveText(["75", "72,32", "2,68"]);
  await expect(weightedRow(page, "Rencana kumulatif (%)")).toHaveText(["", "72,32", "75"]);
});
