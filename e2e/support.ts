import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** A new account, registered over the API and signed in through the login page. */
export async function signUpAndLogIn(page: Page, request: APIRequestContext, label: string, password: string): Promise<string> {
  const email = `${label}-${Date.now()}@test.local`;
  await request.post("/api/v1/auth/register", { data: { email, password, name: label } });
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return email;
}
