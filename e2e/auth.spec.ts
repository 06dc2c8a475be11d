import { expect, test } from "@playwright/test";
import { apiAs, newProject, signUpAndLogIn } from "./support";

test("register, land on an empty dashboard, log out, log back in", async ({ page }) => {
  const email = `e2e-${Date.now()}@test.local`;
  const password = "rahasia-e2e-1";

  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole("link", { name: "Daftar" }).click();

  await page.getByLabel("Nama").fill("Sari Estimator");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/Kata sandi/).fill("pendek");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Kata sandi minimal 8 karakter." })).toBeVisible();

  await page.getByLabel(/Kata sandi/).fill(password);
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Proyek", exact: true })).toBeVisible();
  await expect(page.getByText("Belum ada proyek")).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText("Sari Estimator");

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("salah-sekali");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." })).toBeVisible();

  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("signing in comes back to the page the person was sent from, with the project in the title", async ({ page, request }) => {
  const password = "rahasia-e2e-18k";
  const email = await signUpAndLogIn(page, request, "kembali", password);
  const api = await apiAs(request, email, password);
  const { id } = await newProject(api, "Gedung Kembali");
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.goto(`/projects/${id}/rekap-rab`);
  await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(`/projects/${id}/rekap-rab`)}$`));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}/rekap-rab$`));
  await expect(page).toHaveTitle("Rekap RAB · Gedung Kembali · RAB AHSP");
  // The browser asks for the icon the page names, and /favicon.ico answers too.
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  expect((await request.get("/icon.svg")).status()).toBe(200);
});

test("create an API token in settings, use it, revoke it", async ({ page, request }) => {
  await signUpAndLogIn(page, request, "token", "rahasia-e2e-2");

  await page.getByRole("link", { name: "Token API" }).click();
  await page.getByLabel("Nama token baru").fill("skrip harga");
  await page.getByRole("button", { name: "Buat token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^rab_/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);

  page.once("dialog", (dialog) => void dialog.accept());
  await page
    .getByRole("row", { name: /skrip harga/ })
    .getByRole("button", { name: "Cabut" })
    .click();
  await expect(page.getByText("Belum ada token.")).toBeVisible();
  const after = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});
