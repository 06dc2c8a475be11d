import { readFileSync } from "node:fs";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { pdfPages } from "../tests/support/exports";
import { apiAs, signUpAndLogIn, type ApiCall } from "./support";

/*
 * Issue 18, "Volume take-off": a back-up volume list typed on the Volume page with the keyboard
 * gives the volume as the sum of its printed rows, and the Volume PDF prints the sheet; a
 * column pasted into the Volume grid saves in one request, and refuses to overwrite a sum.
 */
const ROWS = [
  ["Sloof as A 1–5", "panjang*0.2*0.3"],
  ["Sloof as B 1–5", "panjang × 0.2 × 0.3"],
  ["Sloof as 1 A–B", "1/3"],
  ["Sloof as 5 A–B", "2/3"],
  ["Potongan kolom", "-(4*0.2*0.2*0.3)"],
] as const;

async function buildProject(api: ApiCall): Promise<string> {
  const project = await api("post", "/projects", {
    name: "Rumah Jaga",
    location: "Sumedang",
    client: "Desa",
    fundingSource: "APBDes",
    startDate: "2026-01-05",
    durationDays: 28,
  });
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Pekerjaan Beton" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Struktur bawah" });
  for (const uraian of ["Beton sloof", "Bekisting sloof", "Pembesian sloof"]) {
    const p = await api("post", `${base}/pekerjaan`, { subKlasifikasiId: sub.id, source: "custom", uraian, satuan: "m3" });
    await api("put", `${base}/pekerjaan/${p.id}/volume`, { value: "1" });
  }
  await api("post", `${base}/parameters`, { name: "panjang", value: "12.5" });
  return project.id;
}

async function volumes(api: ApiCall, projectId: string): Promise<Record<string, string>> {
  const tree = await api("get", `/projects/${projectId}/tree`);
  const all = tree.klasifikasi.flatMap((k: any) => k.subKlasifikasi.flatMap((s: any) => s.pekerjaan));
  return Object.fromEntries(all.map((p: { uraian: string; volume: string }) => [p.uraian, p.volume]));
}

async function setUp(page: Page, request: APIRequestContext, label: string) {
  const password = "rahasia-e2e-18";
  const email = await signUpAndLogIn(page, request, label, password);
  const api = await apiAs(request, email, password);
  return { api, projectId: await buildProject(api) };
}

test("a 5-row back-up volume typed with the keyboard gives the volume and prints on the Volume PDF", async ({ page, request }) => {
  const { api, projectId } = await setUp(page, request, "backup-volume");
  await page.goto(`/projects/${projectId}/volume`);
  await page.getByRole("button", { name: "Back-up volume CUST-001 Beton sloof" }).click();
  const panel = page.getByRole("region", { name: "Back-up volume: CUST-001 Beton sloof" });
  await expect(panel.getByRole("textbox", { name: "Uraian baris 1" })).toBeFocused();

  // Keyboard only: uraian, Tab, rumus, Enter (a new row on the last one).
  for (const [i, [uraian, formula]] of ROWS.entries()) {
    await page.keyboard.type(uraian);
    await page.keyboard.press("Tab");
    await page.keyboard.type(formula);
    if (i < ROWS.length - 1) {
      await page.keyboard.press("Enter");
      await expect(panel.getByRole("textbox", { name: `Uraian baris ${i + 2}` })).toBeFocused();
    }
  }
  await expect(panel.getByTestId("takeoff-result-2")).toHaveText("0,333");
  await expect(panel.getByTestId("takeoff-result-4")).toHaveText("-0,048");
  await expect(panel.getByTestId("takeoff-sum")).toHaveText("2,452 m3");
  await page.screenshot({ path: "test-results/e2e/volume-takeoff.png", fullPage: false });
  await page.keyboard.press("Control+Enter");
  await expect(panel).toBeHidden();

  const grid = page.getByRole("treegrid", { name: "Volume pekerjaan" });
  const row = grid.getByRole("row", { name: /Beton sloof/ });
  await expect(row.getByRole("gridcell").nth(4)).toHaveText("Σ2,452");
  await expect(row.getByRole("button", { name: "Back-up volume CUST-001 Beton sloof" })).toHaveText("Back-up (5)");
  expect((await volumes(api, projectId))["Beton sloof"]).toBe("2.452");

  // A row error from the formula engine shows on its row while typing, and nothing is saved.
  await row.getByRole("button", { name: "Back-up volume CUST-001 Beton sloof" }).click();
  await panel.getByRole("textbox", { name: "Rumus baris 3" }).fill("lebar*2");
  await expect(panel.getByText("Parameter tidak dikenal: lebar (posisi 1)")).toBeVisible();
  await expect(panel.getByRole("textbox", { name: "Rumus baris 3" })).toHaveAttribute("aria-invalid", "true");
  await panel.getByRole("button", { name: "Simpan back-up volume" }).click();
  await expect(panel.getByRole("alert")).toContainText("lebar");
  await page.keyboard.press("Escape");
  expect((await volumes(api, projectId))["Beton sloof"]).toBe("2.452");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh PDF", exact: true }).click(),
  ]);
  const text = pdfPages(readFileSync((await download.path())!)).join("\n");
  expect(text).toContain("BACK-UP VOLUME");
  for (const [uraian] of ROWS) expect(text).toContain(uraian);
  expect(text).toMatch(/Jumlah volume m3\s+2,452/);
  expect(text).toMatch(/Beton sloof\s+m3\s+Back-up volume \(5 baris\)\s+2,452/);
});

test("Ctrl+V pastes a column into the Volume grid in one request, and refuses to overwrite a back-up sum", async ({
  page,
  request,
  context,
}) => {
  const { api, projectId } = await setUp(page, request, "tempel-volume");
  await api("put", `/projects/${projectId}/volumes`, {
    items: [
      {
        pekerjaanId: (await api("get", `/projects/${projectId}/tree`)).klasifikasi[0].subKlasifikasi[0].pekerjaan[0].id,
        takeoff: [{ uraian: "Sloof", formula: "panjang*0.2*0.3" }],
      },
    ],
  });
  await page.goto(`/projects/${projectId}/volume`);
  const grid = page.getByRole("treegrid", { name: "Volume pekerjaan" });
  const volumeCell = (uraian: string) =>
    grid
      .getByRole("row", { name: new RegExp(uraian) })
      .getByRole("gridcell")
      .nth(4);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);

  const puts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "PUT" && r.url().includes("/volume")) puts.push(r.url());
  });
  await page.evaluate(() => navigator.clipboard.writeText("12,5\n1.234,5\n"));
  await volumeCell("Bekisting sloof").click();
  await page.keyboard.press("Control+V");
  await expect(page.getByText("2 volume diperbarui dari tempelan.")).toBeVisible();
  await expect(volumeCell("Bekisting sloof")).toHaveText("12,5");
  await expect(volumeCell("Pembesian sloof")).toHaveText("1.234,5");
  expect(puts).toHaveLength(1);
  expect(puts[0]).toMatch(/\/volumes$/);

  // Pasting over a pekerjaan whose volume is a back-up sum names it and writes nothing.
  await page.evaluate(() => navigator.clipboard.writeText("3\n4\n5"));
  await volumeCell("Beton sloof").click();
  await page.keyboard.press("Control+V");
  await expect(page.getByText(/Baris 1: volume (CUST-001 )?Beton sloof adalah jumlah back-up volume/)).toBeVisible();
  expect(await volumes(api, projectId)).toEqual({ "Beton sloof": "0.750", "Bekisting sloof": "12.500", "Pembesian sloof": "1234.500" });
  expect(puts).toHaveLength(1);
});

test("the back-up volume panel fits a 360 px screen", async ({ page, request }) => {
  const { projectId } = await setUp(page, request, "backup-360");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/projects/${projectId}/volume`);
  await page.getByRole("button", { name: "Back-up volume CUST-001 Beton sloof" }).click();
  const panel = page.getByRole("region", { name: "Back-up volume: CUST-001 Beton sloof" });
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  for (const name of ["Tambah baris", "Simpan back-up volume", "Tutup", "Hapus baris 1"]) {
    const button = (await panel.getByRole("button", { name }).boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width);
  }
  // Nothing in the list needs sideways scrolling.
  expect(await panel.locator("table").evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  await page.screenshot({ path: "test-results/e2e/volume-takeoff-360.png", fullPage: false });
});
