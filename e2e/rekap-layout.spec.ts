import { expect, test } from "@playwright/test";
import { apiAs, newProject, signUpAndLogIn } from "./support";

/**
 * The Rekap RAB fits common laptop screens (issue 18): at 1366×768 the RAB's rows show above the
 * fold (the pricing settings sit under the tree), and at 1440×900 the A–F view shows every column
 * without cutting off the last ones.
 */
test("Rekap RAB shows its rows above the fold at 1366×768 and every A–F column at 1440×900", async ({ page, request }) => {
  const password = "rahasia-e2e-18l";
  const email = await signUpAndLogIn(page, request, "layar", password);
  const api = await apiAs(request, email, password);
  const { id } = await newProject(api, "Gedung Layar");
  const base = `/projects/${id}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Pekerjaan Struktur" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Beton" });
  for (let i = 1; i <= 12; i++) {
    const uraian = `Pekerjaan beton nomor ${i} dengan uraian yang cukup panjang untuk layar`;
    const p = await api("post", `${base}/pekerjaan`, { subKlasifikasiId: sub.id, source: "custom", kode: `S.${i}`, uraian, satuan: "m3" });
    await api("put", `${base}/pekerjaan/${p.id}/lines`, {
      lines: [
        { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "1.65" },
        { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg", koefisien: "384" },
      ],
    });
    await api("put", `${base}/pekerjaan/${p.id}/volume`, { value: String(1000 * i) });
  }
  await api("patch", `${base}/harga-items`, {
    items: [
      { kode: "L.01", harga: "90000" },
      { kode: "B.01", harga: "1750" },
    ],
  });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${base}/rekap-rab`);
  const grid = page.getByRole("treegrid", { name: "Rekap RAB" });
  await expect(grid.getByRole("row", { name: /nomor 1 / })).toBeVisible();
  const aboveFold = await grid
    .getByRole("row")
    .evaluateAll(
      (rows) => rows.filter((r) => /nomor \d+ /.test(r.textContent ?? "") && r.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
  expect(aboveFold).toBeGreaterThanOrEqual(7);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByLabel("Tampilkan rincian A–F").check();
  await expect(grid.getByRole("columnheader", { name: "F BUK" })).toBeVisible();
  // The grid is its own scroller: nothing to scroll sideways to.
  const { scrollWidth, clientWidth } = await grid.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const last = await grid.getByRole("columnheader", { name: "Jumlah harga (Rp)" }).boundingBox();
  expect(last!.x + last!.width).toBeLessThanOrEqual(1440);
});
