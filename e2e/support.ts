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

export type ApiCall = (method: "get" | "post" | "put" | "patch", path: string, data?: unknown) => Promise<any>;

/**
 * The API as one user, with a bearer token from their credentials: for setting up what a
 * test is not about. Each call must succeed and returns the envelope's data.
 */
export async function apiAs(request: APIRequestContext, email: string, password: string): Promise<ApiCall> {
  const exchange = await request.post("/api/v1/auth/tokens", { data: { email, password, name: "e2e" } });
  expect(exchange.ok(), await exchange.text()).toBe(true);
  const headers = { authorization: `Bearer ${(await exchange.json()).data.token}` };
  return async (method, path, data) => {
    const res = await request[method](`/api/v1${path}`, { headers, data });
    expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
    return (await res.json()).data;
  };
}

export interface TypedLine {
  kategori: string;
  kode: string;
  uraian: string;
  satuan: string;
  /** As the user types it, e.g. "0,5". */
  koefisien: string;
}

/** Types `lines` into the open Analisa editor of a pekerjaan that has none yet, field by field. */
export async function addAnalysisLines(page: Page, lines: readonly TypedLine[]): Promise<void> {
  for (const [i, line] of lines.entries()) {
    await page.getByRole("button", { name: "Tambah baris" }).click();
    const n = i + 1;
    await page.getByLabel(`Kategori baris ${n}`).selectOption(line.kategori);
    await page.getByLabel(`Kode baris ${n}`).fill(line.kode);
    await page.getByLabel(`Uraian baris ${n}`).fill(line.uraian);
    await page.getByLabel(`Satuan baris ${n}`).fill(line.satuan);
    await page.getByLabel(`Koefisien baris ${n}`).fill(line.koefisien);
  }
}

/** A project with the usual header fields, through the API; returns its id. */
export async function newProject(api: ApiCall, name: string): Promise<{ id: string }> {
  return api("post", "/projects", {
    name,
    location: "Bandung",
    client: "Dinas PU",
    fundingSource: "APBD",
    startDate: "2026-01-05",
    durationDays: 120,
  });
}

/** One custom pekerjaan in a new klasifikasi "Persiapan" › "Umum" of the project, through the API. */
export async function newPekerjaan(
  api: ApiCall,
  projectId: string,
  fields: { uraian: string; satuan: string; kode?: string },
): Promise<{ id: string }> {
  const base = `/projects/${projectId}`;
  const klasifikasi = await api("post", `${base}/klasifikasi`, { name: "Persiapan" });
  const sub = await api("post", `${base}/klasifikasi/${klasifikasi.id}/sub-klasifikasi`, { name: "Umum" });
  return api("post", `${base}/pekerjaan`, { subKlasifikasiId: sub.id, source: "custom", ...fields });
}

/** A project with one priced pekerjaan "K.1 Pasangan bata": 11,5 kg of semen at `harga`, volume `volume`. */
export async function pricedProject(api: ApiCall, name: string, { volume = "10", harga = "15000" } = {}) {
  const project = await newProject(api, name);
  const base = `/projects/${project.id}`;
  const pekerjaan = await newPekerjaan(api, project.id, { kode: "K.1", uraian: "Pasangan bata", satuan: "m2" });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/lines`, {
    lines: [{ kategori: "BHN", kode: "B.01", uraian: "Semen Portland", satuan: "kg", koefisien: "11.5" }],
  });
  await api("put", `${base}/pekerjaan/${pekerjaan.id}/volume`, { value: volume });
  await api("patch", `${base}/harga-items`, { items: [{ kode: "B.01", harga }] });
  return { project, base, pekerjaan };
}
