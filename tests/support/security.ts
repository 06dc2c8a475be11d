/** Shared pieces of the security suite (tests/integration/security-*.int.test.ts). */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, inject } from "vitest";
import type { ApiResponse } from "./api";
import { concretePath } from "./api-routes";
import { query } from "./database";
import { type LineBody, rabClient, seedAhspItem } from "./rab";

type Rab = ReturnType<typeof rabClient>;

export interface RichProject {
  projectId: string;
  klasifikasiId: string;
  subKlasifikasiId: string;
  /** A custom pekerjaan with lines, priced, volume by formula, in the jadwal. */
  pekerjaanId: string;
  /** A second pekerjaan that bundles the first one. */
  bundlingPekerjaanId: string;
  parameterId: string;
  hargaItemId: string;
}

export const LINES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: "0.75" },
  { kategori: "BHN", kode: "B.01", uraian: "Semen", satuan: "kg", koefisien: "11.5" },
];

/** A project with something in every table a write route can touch. */
export async function richProject(rab: Rab, token: string): Promise<RichProject> {
  const projectId = await rab.newProject(token);
  const { klasifikasiId, subKlasifikasiId } = await rab.newSection(token, projectId);
  const base = `/api/v1/projects/${projectId}`;
  const parameter = await rab.ok(token, `${base}/parameters`, { json: { name: "panjang", value: "12.5" } }, 201);
  const pekerjaanId = await rab.newPekerjaan(token, projectId, subKlasifikasiId, { uraian: "Pasangan bata", lines: LINES });
  await rab.ok(token, `${base}/pekerjaan/${pekerjaanId}/volume`, { method: "PUT", json: { formula: "panjang * 2" } });
  const bundlingPekerjaanId = await rab.newPekerjaan(token, projectId, subKlasifikasiId, {
    uraian: "Dinding",
    volume: "3",
    lines: [{ kategori: "LAIN", kode: "BDL.1", uraian: "Pasangan bata", satuan: "m2", koefisien: "1", bundlePekerjaanId: pekerjaanId }],
  });
  await rab.setPrices(token, projectId, { "L.01": "120000", "B.01": "1500.50" });
  const harga = await rab.ok(token, `${base}/harga-items`);
  await rab.ok(token, `${base}/jadwal/entries`, {
    method: "PUT",
    json: {
      entries: [
        { pekerjaanId, week: 1, planned: 40, note: "mulai" },
        { pekerjaanId, week: 2, planned: 60, actual: 10 },
      ],
    },
  });
  return {
    projectId,
    klasifikasiId,
    subKlasifikasiId,
    pekerjaanId,
    bundlingPekerjaanId,
    parameterId: parameter.id,
    hargaItemId: harga.find((h: { kode: string }) => h.kode === "L.01").id,
  };
}

/** Everything a refused request must leave as it was: the totals, the tree, the audit trail and the team. */
export async function projectSnapshot(rab: Rab, token: string, projectId: string) {
  const base = `/api/v1/projects/${projectId}`;
  const paths = ["", "/tree", "/rekap-rab", "/parameters", "/harga-items", "/jadwal", "/audit?limit=200", "/members"];
  const [project, tree, rekapRab, parameters, harga, jadwal, audit, team] = await Promise.all(
    paths.map((p) => rab.call(`${base}${p}`, { token })),
  );
  return {
    project: project!.body,
    tree: tree!.body,
    rekapRab: rekapRab!.body,
    parameters: parameters!.body,
    harga: harga!.body,
    jadwal: jadwal!.body,
    audit: audit!.body,
    team: team!.body,
  };
}

// What must never reach a client: stack frames, file paths, SQL, database and ORM internals.
const LEAKS = [
  /\bat \S+ \(|\bat async\b/, // stack frames
  /\/(?:work|srv|home|usr|app|tmp|var)\/|node_modules|\.next\b|\.(?:ts|js|mjs|tsx):\d/,
  /\b(?:SELECT|INSERT INTO|UPDATE \S+ SET|DELETE FROM)\b/,
  /prisma|P\d{4}\b|PostgreSQL|postgres|SQLSTATE|violates|invalid input syntax|relation "|duplicate key/i,
  /TypeError|ReferenceError|RangeError|SyntaxError|undefined is not|Cannot read propert/,
];

/** Asserts an error answer is the envelope, with the status's code, and leaks nothing. */
export function expectSafeError(res: ApiResponse, status?: number): void {
  const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
  if (status !== undefined) expect(res.status, text).toBe(status);
  expect(res.status, text).toBeGreaterThanOrEqual(400);
  expect(res.body, text).toMatchObject({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
  expect(res.body.error.requestId, text).toBe(res.headers.get("x-request-id"));
  for (const leak of LEAKS) expect(text, `leak ${leak}`).not.toMatch(leak);
}

export interface SampleIds extends RichProject {
  /** One of the caller's API tokens (not the one it authenticates with). */
  tokenId: string;
  /** The caller's password, for the routes that ask for it. */
  password: string;
  /** A template saved from the rich project. */
  templateId: string;
  /** The rich project's backup file (GET …/exports/backup.json). */
  backup: Record<string, unknown>;
  /** A live reset link's token of another account: using it ends that account's logins, not the caller's. */
  resetToken: string;
  /** A member (editor) of the rich project other than the caller. */
  memberId: string;
  /** A version of the rich project, taken once it was whole. */
  versionId: string;
  /** A library item (kode S.1, one L.01 line), for the writes that add from the library. */
  ahspId: string;
  /** A second, empty project of the caller's, never shared: the bulk archive's sample stays the owner's whatever the other samples did (a transfer). */
  spareProjectId: string;
}

/** A valid body for a write route, built from the ids of the caller's rich project. */
export type BodySample = (ids: SampleIds) => Record<string, unknown>;

/**
 * Every write route (POST/PUT/PATCH/DELETE, keyed like tests/support/api-routes.ts): a valid
 * JSON body, or `none` with the reason it reads no JSON body. The fuzz, error and CSRF tests
 * iterate over it; a write route without a row fails them with "add a body sample".
 */
export const WRITE_BODIES: Record<string, BodySample | { none: string }> = {
  "POST /[...path]": { none: "the catch-all for unknown paths reads no body" },
  "PUT /[...path]": { none: "the catch-all for unknown paths reads no body" },
  "PATCH /[...path]": { none: "the catch-all for unknown paths reads no body" },
  "DELETE /[...path]": { none: "the catch-all for unknown paths reads no body" },
  "POST /ahsp/import": { none: "a CSV/XLSX upload for admins, covered by reference-import.int.test.ts" },
  "POST /ahsp/resolve": () => ({ kodes: ["S.1", "tidak-ada"] }),
  "POST /auth/register": () => ({ email: "fuzz-register@test.local", password: "rahasia-123", name: "Fuzz" }),
  "POST /auth/tokens": () => ({ email: "fuzz-register@test.local", password: "rahasia-123", name: "fuzz" }),
  "POST /auth/password-reset": () => ({ email: "fuzz-register@test.local" }),
  "POST /auth/password-reset/confirm": (i) => ({ token: i.resetToken, password: "kata-sandi-baru-9" }),
  "POST /me/password": (i) => ({ currentPassword: i.password, newPassword: "kata-sandi-baru-9" }),
  "POST /me/tokens": () => ({ name: "skrip" }),
  "DELETE /me/tokens/[tokenId]": { none: "revokes by path id" },
  "POST /projects/import": (i) => i.backup,
  "POST /projects/bulk": (i) => ({ action: "archive", projectIds: [i.spareProjectId] }),
  "POST /projects/upload": { none: "a CSV/XLSX of new projects as multipart/form-data, covered by dashboard.int.test.ts" },
  "POST /projects/[projectId]/copy": () => ({ name: "Salinan", startDate: "2026-03-02", includeJadwal: false }),
  "POST /projects/[projectId]/batch-copy": () => ({ baseName: "Salinan", count: 2, startDate: "2026-03-02", includeJadwal: true }),
  "POST /projects/[projectId]/harga-items/import": { none: "a CSV/XLSX price list as multipart/form-data" },
  "POST /projects/[projectId]/templates": () => ({ name: "Templat", description: "Gedung standar", shared: false }),
  "POST /projects/[projectId]/apply-template": (i) => ({ templateId: i.templateId }),
  "POST /projects/[projectId]/members": () => ({ email: "undangan-sampel@test.local", role: "viewer" }),
  "PATCH /projects/[projectId]/members/[userId]": () => ({ role: "viewer" }),
  "DELETE /projects/[projectId]/members/[userId]": { none: "removes by path id" },
  "POST /projects/[projectId]/transfer": (i) => ({ userId: i.memberId }),
  "PATCH /templates/[templateId]": () => ({ name: "Templat B", description: null, shared: true }),
  "DELETE /templates/[templateId]": { none: "deletes by path id" },
  "POST /projects": () => ({
    name: "Gedung",
    location: "Bandung",
    client: "Dinas PU",
    fundingSource: "APBD",
    startDate: "2026-01-05",
    durationDays: 120,
    fiscalYear: 2026,
    ownerBudget: "1500000000.00",
    description: "Uraian",
    parties: { owner: { name: "A", title: "PPK" } },
    weekEndDay: 6,
    overheadProfitPercent: "10",
    ppnPercent: 11,
    roundingBase: 1000,
  }),
  "PATCH /projects/[projectId]": () => ({ name: "Gedung B", durationDays: 150, fiscalYear: 2027, description: null, editVersion: 0 }),
  "DELETE /projects/[projectId]": { none: "archives by path id" },
  "PATCH /projects/[projectId]/harga-items": () => ({
    items: [
      { kode: "L.01", harga: "130000" },
      { kode: "B.01", harga: 1600 },
    ],
  }),
  "PATCH /projects/[projectId]/harga-items/[hargaItemId]": () => ({ uraian: "Pekerja terampil", satuan: "OH", harga: "125000.50" }),
  "DELETE /projects/[projectId]/harga-items/[hargaItemId]": { none: "deletes by path id" },
  "POST /projects/[projectId]/klasifikasi": () => ({ name: "Pekerjaan Atap" }),
  "PATCH /projects/[projectId]/klasifikasi/[klasifikasiId]": () => ({ name: "Struktur", position: 0 }),
  "DELETE /projects/[projectId]/klasifikasi/[klasifikasiId]": { none: "deletes by path id" },
  "POST /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi": () => ({ name: "Kolom" }),
  "PATCH /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]": () => ({ name: "Balok", position: 0 }),
  "DELETE /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]": { none: "deletes by path id" },
  "POST /projects/[projectId]/parameters": () => ({ name: "lebar", value: "3.5" }),
  "PATCH /projects/[projectId]/parameters/[parameterId]": () => ({ name: "panjang", value: 14 }),
  "DELETE /projects/[projectId]/parameters/[parameterId]": { none: "deletes by path id" },
  "POST /projects/[projectId]/pekerjaan": (i) => ({
    subKlasifikasiId: i.subKlasifikasiId,
    source: "custom",
    kode: "K.1",
    uraian: "Plester",
    satuan: "m2",
  }),
  "POST /projects/[projectId]/pekerjaan/batch": (i) => ({
    subKlasifikasiId: i.subKlasifikasiId,
    items: [
      { ahspId: i.ahspId, source: "ref" },
      { ahspId: i.ahspId, source: "ref_modified" },
    ],
  }),
  "PATCH /projects/[projectId]/pekerjaan/[pekerjaanId]": (i) => ({
    kode: "K.2",
    uraian: "Pasangan bata merah",
    satuan: "m2",
    overheadProfitPercent: "12.5",
    subKlasifikasiId: i.subKlasifikasiId,
    position: 1,
  }),
  "DELETE /projects/[projectId]/pekerjaan/[pekerjaanId]": { none: "deletes by path id" },
  "POST /projects/[projectId]/pekerjaan/[pekerjaanId]/convert": { none: "converts by path id" },
  "PUT /projects/[projectId]/pekerjaan/[pekerjaanId]/lines": (i) => ({
    // No editVersion: the other samples (header, volume) move the pekerjaan's version in whatever order they run.
    lines: [...LINES, { kategori: "ALT", kode: "A.01", uraian: "Molen", satuan: "jam", koefisien: 0.25, bundlePekerjaanId: null }],
  }),
  "PUT /projects/[projectId]/pekerjaan/[pekerjaanId]/volume": () => ({ formula: "panjang * 3" }),
  "PATCH /projects/[projectId]/pricing": () => ({ overheadProfitPercent: "12", ppnPercent: "11", roundingBase: 10000 }),
  "POST /projects/[projectId]/restore": { none: "restores by path id" },
  "POST /projects/[projectId]/versions": () => ({ name: "Kontrak", kind: "kontrak", note: "Setelah negosiasi" }),
  "POST /projects/[projectId]/versions/[versionId]/restore": { none: "restores by path id" },
  ...jadwalBodies("jadwal"),
  ...jadwalBodies("schedule"),
  "PUT /projects/[projectId]/volumes": (i) => ({ items: [{ pekerjaanId: i.pekerjaanId, formula: "panjang * 3" }] }),
};

/** The jadwal's write routes, under …/jadwal and under its deprecated alias …/schedule. */
function jadwalBodies(base: "jadwal" | "schedule"): Record<string, BodySample> {
  return {
    [`POST /projects/[projectId]/${base}/clear`]: (i) => ({ pekerjaanId: i.pekerjaanId, field: "planned" }),
    [`PUT /projects/[projectId]/${base}/entries`]: (i) => ({
      entries: [{ pekerjaanId: i.pekerjaanId, week: 3, planned: "10.5", actual: 5, actualCost: "250000", note: "cor" }],
    }),
    [`POST /projects/[projectId]/${base}/remap-preview`]: () => ({ startDate: "2026-03-02", durationDays: 60, weekEndDay: 0 }),
    [`POST /projects/[projectId]/${base}/spread`]: (i) => ({ pekerjaanId: i.pekerjaanId, fromWeek: 1, toWeek: 4 }),
  };
}

/** The url of a route for the caller's rich project: each `[param]` filled with its id. */
export function pathFor(pattern: string, ids: SampleIds): string {
  const byParam: Record<string, string> = {
    projectId: ids.projectId,
    klasifikasiId: ids.klasifikasiId,
    subKlasifikasiId: ids.subKlasifikasiId,
    pekerjaanId: ids.pekerjaanId,
    parameterId: ids.parameterId,
    hargaItemId: ids.hargaItemId,
    tokenId: ids.tokenId,
    templateId: ids.templateId,
    userId: ids.memberId,
    versionId: ids.versionId,
    file: "rekap-rab.xlsx",
  };
  return concretePath(pattern, (param) => byParam[param] ?? randomUUID());
}

/**
 * A rich project for a fresh user, with the ids every body sample and path needs, and
 * `member` (a fresh user unless given) as its editor.
 */
export async function sampleIds(
  rab: Rab,
  user: { token: string; password: string; email: string },
  member?: { id: string; email: string },
): Promise<SampleIds> {
  const project = await richProject(rab, user.token);
  const base = `/api/v1/projects/${project.projectId}`;
  const editor = member ?? (await rab.newUser("anggota"));
  await rab.ok(user.token, `${base}/members`, { json: { email: editor.email, role: "editor" } }, 201);
  const extra = await rab.ok(user.token, "/api/v1/me/tokens", { json: { name: "cadangan" } }, 201);
  const template = await rab.ok(user.token, `${base}/templates`, { json: { name: "Templat uji" } }, 201);
  const backup = await rab.call(`${base}/exports/backup.json`, { token: user.token });
  if (backup.status !== 200) throw new Error(`backup export failed: ${backup.status}`);
  const version = await rab.ok(user.token, `${base}/versions`, { json: { name: "Sampel", kind: "oe" } }, 201);
  return {
    ...project,
    tokenId: extra.id,
    password: user.password,
    templateId: template.id,
    backup: backup.body,
    resetToken: await resetToken(rab),
    memberId: editor.id,
    versionId: version.id,
    ahspId: await sampleAhspItem(),
    spareProjectId: await rab.newProject(user.token, { name: "Cadangan massal" }),
  };
}

let sampleAhsp: Promise<string> | undefined;

/** The samples' library item: seeded once per test file, in an edition of its own. */
function sampleAhspItem(): Promise<string> {
  sampleAhsp ??= seedAhspItem(inject("databaseUrl"), {
    kode: "S.1",
    uraian: "Sampel pekerjaan",
    satuan: "m2",
    lines: [{ kategori: "TK", kodeItem: "L.01", uraianItem: "Pekerja", satuanItem: "OH", koefisien: "0.5" }],
  });
  return sampleAhsp;
}

/**
 * A reset token for a fresh account, stored as the app stores one (its sha256, 30 minutes): the
 * app only ever mails the token itself, and the main test server has no mail server to catch it.
 */
async function resetToken(rab: Rab): Promise<string> {
  const owner = await rab.newUser("reset-sample");
  const token = randomBytes(32).toString("base64url");
  await query(
    inject("databaseUrl"),
    `INSERT INTO "PasswordResetToken" (id, "userId", "tokenHash", "expiresAt")
     VALUES ($1, $2, $3, (now() AT TIME ZONE 'UTC') + interval '30 minutes')`,
    [randomUUID(), owner.id, createHash("sha256").update(token).digest("hex")],
  );
  return token;
}
