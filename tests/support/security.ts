/** Shared pieces of the security suite (tests/integration/security-*.int.test.ts). */
import { expect } from "vitest";
import type { ApiResponse } from "./api";
import { type LineBody, rabClient } from "./rab";

type Rab = ReturnType<typeof rabClient>;

export interface RichProject {
  projectId: string;
  klasifikasiId: string;
  subKlasifikasiId: string;
  /** A custom pekerjaan with lines, priced, volume by formula, scheduled. */
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
  await rab.ok(token, `${base}/schedule/entries`, {
    method: "PUT",
    json: { entries: [{ pekerjaanId, week: 1, planned: 40, note: "mulai" }, { pekerjaanId, week: 2, planned: 60, actual: 10 }] },
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

/** Everything a refused request must leave as it was: the totals, the tree, and the audit trail. */
export async function projectSnapshot(rab: Rab, token: string, projectId: string) {
  const base = `/api/v1/projects/${projectId}`;
  const paths = ["", "/tree", "/rekap-rab", "/parameters", "/harga-items", "/schedule", "/audit?limit=200"];
  const [project, tree, rekapRab, parameters, harga, schedule, audit] = await Promise.all(paths.map((p) => rab.call(`${base}${p}`, { token })));
  return {
    project: project!.body,
    tree: tree!.body,
    rekapRab: rekapRab!.body,
    parameters: parameters!.body,
    harga: harga!.body,
    schedule: schedule!.body,
    audit: audit!.body,
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
