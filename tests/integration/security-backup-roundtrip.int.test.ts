// Any state the app allows must back up and restore. fast-check builds projects through the
// API (bundles, BUK overrides, parameters and formulas, prices, a template applied into the
// project, a jadwal with planned and actual progress, volumes set to 0 after planning, a
// parameter set to 0 under a formula, an archived project), then backup.json is imported and
// every report of the restored project must equal the original's, both computed by the
// running engine: Rekap RAB, Rincian AHSP of every pekerjaan, Rekap Kebutuhan, Kurva S, jadwal,
// tree (volumes), parameters, prices.
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type LineBody, rabClient } from "../support/rab";
import { FIDELITY_READS, treePekerjaan, withoutIds } from "../support/rich-project";

const client = rabClient(inject("baseUrl"));
const { ok } = client;
let token: string;

beforeAll(async () => {
  ({ token } = await client.newUser("roundtrip"));
});

const RESOURCES: LineBody[] = [
  { kategori: "TK", kode: "L.01", uraian: "Pekerja", satuan: "OH", koefisien: 0 },
  { kategori: "BHN", kode: "M.01", uraian: "Semen", satuan: "kg", koefisien: 0 },
  { kategori: "ALT", kode: "E.01", uraian: "Molen", satuan: "jam", koefisien: 0 },
  { kategori: "BHN", kode: "M.02", uraian: "Pasir", satuan: "m3", koefisien: 0 },
];
const PRICES = { "L.01": "115000", "M.01": "1450.75", "E.01": "85000.5", "M.02": "310000" };

const pekerjaanSpec = fc.record({
  lines: fc.array(fc.record({ resource: fc.nat(RESOURCES.length - 1), koefisien: fc.constantFrom("0.5", "1.25", "2", "0.0375", "326") }), {
    maxLength: 3,
  }),
  /** Bundles an earlier pekerjaan (by index), when there is one. */
  bundle: fc.option(fc.record({ of: fc.nat(), koefisien: fc.constantFrom("0.15", "1.2") }), { nil: null }),
  volume: fc.constantFrom("0", "1", "12.5", "3.333", "formula"),
  override: fc.option(fc.constantFrom("5", "17.5"), { nil: null }),
  planned: fc.constantFrom([], [100], [60, 40], [33.33, 66.67], [10, 20, 30]),
  actual: fc.constantFrom([], [50], [25.5, 30]),
  zeroAfterPlanning: fc.boolean(),
});

const projectSpec = fc.record({
  sections: fc.array(fc.array(pekerjaanSpec, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }),
  parameter: fc.constantFrom("2", "3.5", "0.75"),
  zeroParameterAfterPlanning: fc.boolean(),
  template: fc.boolean(),
  archived: fc.boolean(),
});
type ProjectSpec = typeof projectSpec extends fc.Arbitrary<infer T> ? T : never;

/** Builds the project through the API; returns its id. */
async function build(spec: ProjectSpec): Promise<string> {
  const projectId = await client.newProject(token, { durationDays: 42 });
  const base = `/api/v1/projects/${projectId}`;
  const parameter = await ok(token, `${base}/parameters`, { json: { name: "panjang", value: spec.parameter } }, 201);
  const made: { id: string; spec: ProjectSpec["sections"][number][number] }[] = [];
  for (const [s, section] of spec.sections.entries()) {
    const { subKlasifikasiId } = await client.newSection(token, projectId, `Bagian ${s + 1}`);
    for (const p of section) {
      const lines: LineBody[] = p.lines.map((l) => ({ ...RESOURCES[l.resource]!, koefisien: l.koefisien }));
      if (p.bundle && made.length > 0) {
        const target = made[p.bundle.of % made.length]!;
        lines.push({
          kategori: "LAIN",
          kode: `BDL.${made.length}`,
          uraian: "Bundle",
          satuan: "ls",
          koefisien: p.bundle.koefisien,
          bundlePekerjaanId: target.id,
        });
      }
      const id = await client.newPekerjaan(token, projectId, subKlasifikasiId, { uraian: `Pekerjaan ${made.length + 1}`, lines });
      const volume = p.volume === "formula" ? { formula: "panjang * 2.5" } : { value: p.volume };
      await ok(token, `${base}/pekerjaan/${id}/volume`, { method: "PUT", json: volume });
      if (p.override) await ok(token, `${base}/pekerjaan/${id}`, { method: "PATCH", json: { overheadProfitPercent: p.override } });
      made.push({ id, spec: p });
    }
  }
  const used = new Set(spec.sections.flat().flatMap((p) => p.lines.map((l) => RESOURCES[l.resource]!.kode)));
  if (used.size > 0)
    await client.setPrices(token, projectId, Object.fromEntries(Object.entries(PRICES).filter(([kode]) => used.has(kode))));
  if (spec.template) {
    const template = await ok(token, `${base}/templates`, { json: { name: "Templat uji" } }, 201);
    await ok(token, `${base}/apply-template`, { json: { templateId: template.id } });
  }
  // Progress only where the app accepts it (volume > 0), then the edits that leave progress on a zero volume.
  const withVolume = made.filter((m) => m.spec.volume !== "0");
  const entries = withVolume.flatMap(({ id, spec: p }) =>
    [1, 2, 3, 4].map((week) => ({ pekerjaanId: id, week, planned: p.planned[week - 1] ?? null, actual: p.actual[week - 1] ?? null })),
  );
  if (entries.length > 0) await ok(token, `${base}/jadwal/entries`, { method: "PUT", json: { entries } });
  for (const { id } of withVolume.filter((m) => m.spec.zeroAfterPlanning)) {
    await ok(token, `${base}/pekerjaan/${id}/volume`, { method: "PUT", json: { value: "0" } });
  }
  if (spec.zeroParameterAfterPlanning) await ok(token, `${base}/parameters/${parameter.id}`, { method: "PATCH", json: { value: "0" } });
  return projectId;
}

/** Every report of a project, ids left out. */
async function reports(projectId: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const read of FIDELITY_READS) out[read] = withoutIds(await ok(token, `/api/v1/projects/${projectId}/${read}`));
  const pekerjaan = await treePekerjaan(client, token, projectId);
  out.rincian = withoutIds(await Promise.all(pekerjaan.map((p) => ok(token, `/api/v1/projects/${projectId}/rincian-ahsp/${p.id}`))));
  return out;
}

describe("backup.json → POST /projects/import", () => {
  it("restores every project the app can make with every report equal", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(projectSpec, async (spec) => {
        const original = await build(spec);
        const before = await reports(original);
        if (spec.archived) await ok(token, `/api/v1/projects/${original}`, { method: "DELETE" });
        const backup = await client.call(`/api/v1/projects/${original}/exports/backup.json`, { token });
        expect(backup.status).toBe(200);
        const restored = await client.call("/api/v1/projects/import", { token, json: backup.body });
        expect(restored.status, JSON.stringify(restored.body)).toBe(201);
        expect(await reports(restored.body.data.id)).toEqual(before);
      }),
      { numRuns: 8, seed: Number(process.env.FC_SEED ?? 20261207), endOnFailure: true },
    );
  });

  it("restores the issue's case: planned 60/40, then the volume set to 0", async () => {
    const spec: ProjectSpec = {
      sections: [
        [
          {
            lines: [{ resource: 0, koefisien: "0.5" }],
            bundle: null,
            volume: "12.5",
            override: null,
            planned: [60, 40],
            actual: [],
            zeroAfterPlanning: true,
          },
        ],
      ],
      parameter: "2",
      zeroParameterAfterPlanning: false,
      template: false,
      archived: false,
    };
    const original = await build(spec);
    const backup = await client.call(`/api/v1/projects/${original}/exports/backup.json`, { token });
    const restored = await client.call("/api/v1/projects/import", { token, json: backup.body });
    expect(restored.status, JSON.stringify(restored.body)).toBe(201);
    expect(await reports(restored.body.data.id)).toEqual(await reports(original));
  });
});
