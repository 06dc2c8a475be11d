import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { PROJECT_TABS } from "../components/project/tabs";
import { apiAs, signUpAndLogIn } from "./support";

/**
 * Security suite, XSS: markup in every text a user types (project fields, klasifikasi names,
 * pekerjaan uraian/kode/satuan, analysis lines, harga items, jadwal notes) is stored
 * verbatim and shows as text on the dashboard and every project tab. Any script that ran
 * would set window.__xss or open a dialog; neither may happen, no console error may appear
 * (a CSP violation is one), and no injected element may exist in the DOM.
 */

// Each ≤ 50 characters: kode and satuan are the shortest fields.
const P = {
  script: `<script>window.__xss=1;alert(1)</script>`,
  img: `"><img src=x onerror="window.__xss=2;alert(2)">`,
  svg: `<svg onload=window.__xss=3;alert(3)>`,
  iframe: `'"><iframe src=javascript:parent.__xss=4>`,
  href: `javascript:window.__xss=5;alert(5)//`,
  style: `<style>*{display:none!important}</style>`,
  template: `{{constructor.constructor('alert(6)')()}}`,
};

async function buildProject(request: APIRequestContext, email: string, password: string) {
  const api = await apiAs(request, email, password);
  const party = { name: P.img, title: P.script };
  const project = await api("post", "/projects", {
    name: `Gedung ${P.script}`,
    location: P.img,
    client: P.svg,
    fundingSource: P.iframe,
    description: `${P.href} ${P.style} ${P.template}`,
    startDate: "2026-01-05",
    durationDays: 28,
    parties: { owner: party, contractor: party },
  });
  const base = `/projects/${project.id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: `Klasifikasi ${P.img}` });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: `Sub ${P.svg}` });
  const pekerjaan = await api("post", `${base}/pekerjaan`, {
    subKlasifikasiId: sub.id,
    source: "custom",
    kode: P.svg,
    uraian: `Pekerjaan ${P.script}`,
    satuan: P.img,
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, {
    lines: [
      { kategori: "TK", kode: P.script, uraian: `Tenaga ${P.img}`, satuan: P.svg, koefisien: 1 },
      { kategori: "BHN", kode: P.iframe, uraian: `Bahan ${P.href}`, satuan: P.style, koefisien: 2 },
      { kategori: "ALT", kode: P.template, uraian: `Alat ${P.iframe}`, satuan: "jam", koefisien: 0.5 },
    ],
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/volume`, { value: 3 });
  await api("patch", `${base}/harga-items`, {
    items: [
      { kode: P.script, harga: 100000 },
      { kode: P.iframe, harga: 2500 },
      { kode: P.template, harga: 50000 },
    ],
  });
  await api("put", `${base}/jadwal/entries`, {
    entries: [
      { pekerjaanId: pekerjaan.id, week: 1, planned: 40, note: `Catatan ${P.img}` },
      { pekerjaanId: pekerjaan.id, week: 2, planned: 60, actual: 30, note: P.script },
    ],
  });
  return project.id as string;
}

/** Everything that would betray a script or markup that got through. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  return problems;
}

/** The text is on screen as typed: in the rendered text, or as the value of an input (grids). */
function shownLiterally(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (t) =>
      document.body.innerText.includes(t) ||
      [...document.querySelectorAll("input, textarea")].some((e) => (e as HTMLInputElement).value === t),
    text,
  );
}

async function expectInert(page: Page, problems: string[], where: string) {
  // Give late handlers (onerror of a broken image, onload) the chance to fire.
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), where).toBeUndefined();
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"]').length,
    svg: document.querySelectorAll("svg[onload]").length,
    iframe: document.querySelectorAll("iframe").length,
    // Next's flight data (self.__next_f) carries the texts as JSON inside scripts: allowed, as
    // long as no "<" survives unescaped in it; any other script with a payload is injected.
    scripts: [...document.querySelectorAll("script")].filter((s) => {
      const text = s.textContent ?? "";
      return text.includes("__xss") && (!text.startsWith("self.__next_f") || /<\/?(script|img|svg|iframe|style)/i.test(text));
    }).length,
    styles: [...document.querySelectorAll("style")].filter((s) => s.textContent?.includes("display:none!important")).length,
    jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href")!.trim().toLowerCase().startsWith("javascript:"))
      .length,
  }));
  expect(injected, where).toEqual({ img: 0, svg: 0, iframe: 0, scripts: 0, styles: 0, jsLinks: 0 });
  expect(problems, where).toEqual([]);
}

test("markup in every text field is shown as text and never runs", async ({ page, request }) => {
  const password = "rahasia-xss-1";
  const email = await signUpAndLogIn(page, request, "xss", password);
  const problems = watch(page);
  const projectId = await buildProject(request, email, password);

  await page.goto("/dashboard");
  await expect.poll(() => shownLiterally(page, `Gedung ${P.script}`)).toBe(true);
  await expectInert(page, problems, "dashboard");

  // What each tab must show literally, beyond the project name in the header.
  const expected: Record<string, string[]> = {
    pekerjaan: [`Klasifikasi ${P.img}`, `Sub ${P.svg}`, `Pekerjaan ${P.script}`],
    volume: [`Pekerjaan ${P.script}`],
    analisa: [`Tenaga ${P.img}`, `Bahan ${P.href}`, `Alat ${P.iframe}`],
    "harga-items": [`Tenaga ${P.img}`, P.iframe],
    "rincian-ahsp": [`Tenaga ${P.img}`],
    "rekap-rab": [`Klasifikasi ${P.img}`],
    "rekap-kebutuhan": [`Tenaga ${P.img}`],
    // Jadwal notes are stored (checked by the API round trip) but no page shows them yet.
    jadwal: [`Pekerjaan ${P.script}`],
    "kurva-s": [],
    // The project has no versions; the comparison page (under Versi) shows the tree's names like Rekap RAB.
    versi: [],
  };
  expect(Object.keys(expected).sort()).toEqual(PROJECT_TABS.map((t) => t.slug).sort());

  for (const tab of PROJECT_TABS) {
    await page.goto(`/projects/${projectId}/${tab.slug}`);
    await expect(page.getByRole("heading", { name: `Gedung ${P.script}` })).toBeVisible();
    // The header's line: location, client and funding source.
    for (const text of [P.img, P.svg, P.iframe])
      await expect.poll(() => shownLiterally(page, text), `${tab.slug} header: ${text}`).toBe(true);
    for (const text of expected[tab.slug]!) await expect.poll(() => shownLiterally(page, text), `${tab.slug}: ${text}`).toBe(true);
    await expectInert(page, problems, tab.slug);
  }

  // The API gives the text back exactly as typed.
  const token = (await (await request.post("/api/v1/auth/tokens", { data: { email, password, name: "check" } })).json()).data.token;
  const project = (await (await request.get(`/api/v1/projects/${projectId}`, { headers: { authorization: `Bearer ${token}` } })).json())
    .data;
  expect([project.name, project.location, project.client, project.fundingSource, project.description]).toEqual([
    `Gedung ${P.script}`,
    P.img,
    P.svg,
    P.iframe,
    `${P.href} ${P.style} ${P.template}`,
  ]);
  expect(project.parties.owner).toEqual({ name: P.img, title: P.script });
  const jadwal = await (
    await request.get(`/api/v1/projects/${projectId}/jadwal`, { headers: { authorization: `Bearer ${token}` } })
  ).text();
  expect(jadwal).toContain(JSON.stringify(`Catatan ${P.img}`));
});

test("the checks above notice markup that does get into a page", async ({ page }) => {
  const problems = watch(page);
  await page.goto("/login");
  // What a dangerouslySetInnerHTML of a stored name would do.
  await page.evaluate((html) => document.body.insertAdjacentHTML("beforeend", html), P.img);
  await expect.poll(() => problems.some((p) => /inline event handler|Content Security Policy/i.test(p))).toBe(true);
  await expect(expectInert(page, problems, "login with injected markup")).rejects.toThrow();
  // The nonce CSP stopped the handler: the marker was never set.
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});
