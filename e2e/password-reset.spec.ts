import { expect, test, type Page } from "@playwright/test";
import { startMailSink, type MailSink } from "../tests/support/mail-sink";
import { freePort, startServer, testDatabaseUrl, type RunningServer } from "../tests/support/server";
import { DATABASE } from "./global-setup";

// The suite's server has no mail server; this file runs one of its own (same database) whose
// SMTP_URL points at a real SMTP sink, so the link is read from the mail as a person would.
let sink: MailSink;
let server: RunningServer;

test.beforeAll(async () => {
  sink = await startMailSink();
  server = await startServer(await freePort(), { DATABASE_URL: testDatabaseUrl(DATABASE), RATE_LIMIT_STORE: "memory", SMTP_URL: sink.url });
});
test.afterAll(async () => {
  await server?.stop();
  await sink?.close();
});

const newPassword = (page: Page) => page.getByLabel("Kata sandi baru", { exact: true });
const confirmation = (page: Page) => page.getByLabel("Ulangi kata sandi baru");
const save = (page: Page) => page.getByRole("button", { name: "Simpan kata sandi baru" });

test("Lupa kata sandi: from the login page to the mailed link, a new password, and back in", async ({ page, request }) => {
  const email = `lupa-${Date.now()}@test.local`;
  const registered = await request.post(`${server.url}/api/v1/auth/register`, {
    data: { email, password: "rahasia-lama-1", name: "Rina Lupa" },
  });
  expect(registered.status()).toBe(201);

  await page.goto(`${server.url}/login`);
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(page.getByRole("heading", { name: "Lupa kata sandi" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByRole("status")).toContainText(`Jika email ${email} terdaftar`);

  const link = /https?:\/\/\S+/.exec((await sink.waitFor(email)).text ?? "")![0];
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Atur ulang kata sandi" })).toBeVisible();

  await newPassword(page).fill("jembatan-gantung-1");
  await confirmation(page).fill("jembatan-gantung-2");
  await save(page).click();
  await expect(page.getByRole("alert").filter({ hasText: "Konfirmasi tidak sama" })).toBeVisible();
  await expect(confirmation(page)).toHaveAttribute("aria-invalid", "true");

  await newPassword(page).fill("12345678");
  await confirmation(page).fill("12345678");
  await save(page).click();
  await expect(page.getByRole("alert").filter({ hasText: "paling umum" })).toBeVisible();
  await expect(newPassword(page)).toHaveAttribute("aria-invalid", "true");

  await newPassword(page).fill("jembatan-gantung-1");
  await confirmation(page).fill("jembatan-gantung-1");
  await save(page).click();
  await expect(page.getByRole("status")).toContainText("Kata sandi sudah diganti");

  await page.getByRole("link", { name: "Masuk dengan kata sandi baru" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi", { exact: true }).fill("jembatan-gantung-1");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link was used up.
  await page.goto(link);
  await newPassword(page).fill("jembatan-gantung-3");
  await confirmation(page).fill("jembatan-gantung-3");
  await save(page).click();
  await expect(page.getByRole("alert").filter({ hasText: "tidak valid" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Minta tautan baru" })).toHaveAttribute("href", "/lupa-kata-sandi");
});

for (const width of [1280, 320]) {
  test(`the login and both reset pages fit ${width} px and keep the focus visible`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const [name, path] of [
      ["login", "/login"],
      ["lupa-kata-sandi", "/lupa-kata-sandi"],
      ["reset-kata-sandi", `/reset-kata-sandi?token=${"A".repeat(43)}`],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      // The first field has the focus, with its ring drawn.
      const focused = page.locator(":focus");
      await expect(focused).toHaveAttribute("type", /email|password/);
      expect(await focused.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe("none");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    }
  });
}
