/**
 * Current totals of many projects in ONE SQL statement, for the projects list: no N+1 and no
 * loading of every line into Node. It is the calc engine's arithmetic expressed as an
 * aggregate (integration tests pin it to the engine's Rekap RAB totals):
 *   E_p = Σ koefisien × harga over p's resource lines, plus, through bundle lines,
 *         koefisien chain × the bundled pekerjaan's resource lines (depth ≤ MAX_BUNDLE_DEPTH);
 *   D = Σ_p E_p × (1 + rate_p / 100) × volume_p;  Total = D × (1 + ppn / 100).
 * PostgreSQL numeric is exact, so no value is rounded before pembulatan.
 */
import { sharedRevisionCache } from "@/lib/cache/revision-cache";
import { db } from "@/lib/db/client";
import { Decimal, MAX_BUNDLE_DEPTH, pembulatan } from "@/lib/calc";
import { fromDb } from "@/lib/api/decimal";

export interface ProjectTotal {
  total: Decimal;
  pembulatan: Decimal;
}

/** Totals are two decimals per project: tens of thousands cost a few MB per process. */
const kept = sharedRevisionCache<ProjectTotal>("projectTotals", 20_000, () => 1);

/**
 * Totals of listed projects, each at the revision its row was read at: kept ones while that
 * revision stands, the others in one statement.
 */
export async function currentProjectTotals(projects: readonly { id: string; revision: number }[]): Promise<Map<string, ProjectTotal>> {
  const result = new Map<string, ProjectTotal>();
  const missing = projects.filter((p) => {
    const total = kept.get(p.id, p.revision);
    if (total) result.set(p.id, total);
    return !total;
  });
  const computed = await projectTotals(missing.map((p) => p.id));
  for (const p of missing) {
    const total = computed.get(p.id);
    if (!total) continue;
    kept.set(p.id, p.revision, total);
    result.set(p.id, total);
  }
  return result;
}

export async function projectTotals(projectIds: readonly string[]): Promise<Map<string, ProjectTotal>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: string; total: string; roundingBase: number }[]>`
    WITH RECURSIVE
    pk AS (
      SELECT w.id, w."projectId", w.volume,
             coalesce(w."overheadProfitPercent", p."overheadProfitPercent") AS rate
      FROM "Pekerjaan" w JOIN "Project" p ON p.id = w."projectId"
      WHERE w."projectId" = ANY(${projectIds}::uuid[])
    ),
    reach (root, target, factor, depth) AS (
      SELECT id, id, 1::numeric, 0 FROM pk
      UNION ALL
      SELECT r.root, l."bundlePekerjaanId", r.factor * l.koefisien, r.depth + 1
      FROM reach r JOIN "PekerjaanLine" l ON l."pekerjaanId" = r.target
      WHERE l."bundlePekerjaanId" IS NOT NULL AND r.depth < ${MAX_BUNDLE_DEPTH}
    ),
    e AS (
      SELECT r.root, sum(r.factor * l.koefisien * h.harga) AS e
      FROM reach r
      JOIN "PekerjaanLine" l ON l."pekerjaanId" = r.target AND l."bundlePekerjaanId" IS NULL
      JOIN "HargaItem" h ON h.id = l."hargaItemId"
      GROUP BY r.root
    ),
    d AS (
      SELECT pk."projectId", sum(e.e * (1 + pk.rate / 100) * pk.volume) AS d
      FROM pk JOIN e ON e.root = pk.id
      GROUP BY pk."projectId"
    )
    SELECT p.id, (coalesce(d.d, 0) * (1 + p."ppnPercent" / 100))::text AS total, p."roundingBase"
    FROM "Project" p LEFT JOIN d ON d."projectId" = p.id
    WHERE p.id = ANY(${projectIds}::uuid[])`;
  return new Map(
    rows.map((r) => {
      const total = fromDb(r.total);
      return [r.id, { total, pembulatan: pembulatan(total, r.roundingBase) }];
    }),
  );
}
