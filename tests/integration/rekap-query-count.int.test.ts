// Rekap RAB and Rekap Kebutuhan read a project in a fixed number of SQL statements, however
// large it is: when the project changed since the last read (a full load) and when it did not
// (the cached analysis, after one contentRevision check). The lib functions run in this process
// against the test database, and every statement any pg client sends is counted
// (pg.Client#query is where Pool.query and Prisma's driver adapter both end up). Projects are
// seeded with set-based SQL, so 2,000 pekerjaan take a second.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedLargeProject } from "../support/large-project";
import { countStatements } from "../support/statements";

const SMALL = 10;
const LARGE = 2000;
const MAX_STATEMENTS = 5;

let admin: pg.Client;
let rekap: typeof import("@/lib/rekap/rekap-rab");
let kebutuhan: typeof import("@/lib/rekap/kebutuhan");
let totals: typeof import("@/lib/projects/totals");
let dbClient: typeof import("@/lib/db/client");
const projects: Record<"small" | "large", string> = { small: "", large: "" };

async function listedTotal(projectId: string) {
  const [{ contentRevision }] = (await admin.query(`SELECT "contentRevision" FROM "Project" WHERE id = $1`, [projectId])).rows;
  return (await totals.currentProjectTotals([{ id: projectId, contentRevision }])).get(projectId)!;
}
const firstKlasifikasi: Record<string, string> = {};

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  admin = new pg.Client({ connectionString: inject("databaseUrl") });
  await admin.connect();
  const ownerId = randomUUID();
  await admin.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Kueri', 'x', now())`, [
    ownerId,
    `kueri-${ownerId}@test.local`,
  ]);
  projects.small = await seedLargeProject(admin, ownerId, SMALL);
  projects.large = await seedLargeProject(admin, ownerId, LARGE);
  const { rows } = await admin.query(`SELECT DISTINCT ON ("projectId") "projectId", id FROM "Klasifikasi" ORDER BY "projectId", position`);
  for (const row of rows) firstKlasifikasi[row.projectId] = row.id;
  [rekap, kebutuhan, totals, dbClient] = await Promise.all([
    import("@/lib/rekap/rekap-rab"),
    import("@/lib/rekap/kebutuhan"),
    import("@/lib/projects/totals"),
    import("@/lib/db/client"),
  ]);
  await rekap.getRekapRab(projects.small); // connect the pool outside the counted runs
}, 120_000);

afterAll(async () => {
  await dbClient?.disconnectDb();
  await admin?.end();
});

describe("statements per rekap, 10 vs 2,000 pekerjaan", () => {
  const cases: [string, (projectId: string) => Promise<unknown>][] = [
    ["Rekap RAB", (id) => rekap.getRekapRab(id)],
    ["Rekap Kebutuhan", (id) => kebutuhan.getRekapKebutuhan(id)],
    ["Rekap Kebutuhan of one klasifikasi", (id) => kebutuhan.getRekapKebutuhan(id, { klasifikasiId: firstKlasifikasi[id] })],
  ];

  /** Any committed change moves the contentRevision; this one changes nothing else. */
  const touch = (projectId: string) =>
    admin.query(`UPDATE "Project" SET "contentRevision" = "contentRevision" + 1 WHERE id = $1`, [projectId]);

  async function statementsOf(run: (projectId: string) => Promise<unknown>, projectId: string) {
    await run(projectId);
    await touch(projectId);
    const changed = await countStatements(() => run(projectId));
    const unchanged = await countStatements(() => run(projectId));
    return { changed: changed.statements, unchanged: unchanged.statements };
  }

  it.each(cases)("%s issues the same small number of statements", async (_name, run) => {
    const small = await statementsOf(run, projects.small);
    const large = await statementsOf(run, projects.large);
    expect(large).toEqual(small);
    expect(large.changed.length).toBeGreaterThan(large.unchanged.length);
    expect(large.changed.length).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(large.unchanged).toHaveLength(1);
  });

  it("parallel reads of a changed project share one load", async () => {
    const both = async (projectId: string) => {
      await rekap.getRekapRab(projectId);
      await touch(projectId);
      const { statements } = await countStatements(() =>
        Promise.all([rekap.getRekapRab(projectId), kebutuhan.getRekapKebutuhan(projectId)]),
      );
      return statements.sort(); // the two reads interleave in any order
    };
    const small = await both(projects.small);
    const large = await both(projects.large);
    expect(large).toEqual(small);
    // Two contentRevision checks and one load, instead of two loads.
    const alone = await statementsOf((id) => rekap.getRekapRab(id), projects.large);
    expect(large).toHaveLength(alone.changed.length + 1);
  });

  it("sees a change made behind the API's back (raw SQL): the triggers move the contentRevision", async () => {
    const before = await rekap.getRekapRab(projects.large);
    await admin.query(`UPDATE "HargaItem" SET harga = harga + 1000 WHERE "projectId" = $1 AND kode = 'R.7'`, [projects.large]);
    const after = await rekap.getRekapRab(projects.large);
    expect(after.rekap.totals.total).not.toBe(before.rekap.totals.total);
    const listed = await listedTotal(projects.large);
    expect(after.rekap.totals.total).toBe(listed.total.toFixed(2));
  });

  it("computed the whole large project: every pekerjaan listed, totals equal to the projects list's", async () => {
    const { rekap: large } = await rekap.getRekapRab(projects.large);
    const pekerjaan = large.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));
    expect(pekerjaan).toHaveLength(LARGE);
    const listed = await listedTotal(projects.large);
    expect(large.totals.total).toBe(listed.total.toFixed(2));
    expect(large.totals.pembulatan).toBe(listed.pembulatan.toFixed(2));
  });

  it("Rekap Kebutuhan of the large project sums to Σ E × volume up to the rounding of printed figures", async () => {
    const [{ loadProject }, { analyzeLoaded }, { sumDecimals, toDecimal }, { roundingBound }] = await Promise.all([
      import("@/lib/rekap/load"),
      import("@/lib/rekap/analysis"),
      import("@/lib/calc"),
      import("@/lib/calc/test-arbitraries"),
    ]);
    const loaded = await loadProject(projects.large, { lines: true });
    const analysis = analyzeLoaded(loaded);
    const sumEV = sumDecimals([...analysis.pekerjaan.values()].map((p) => p.E.times(p.volume)));
    const result = await kebutuhan.getRekapKebutuhan(projects.large);
    const bound = roundingBound({ pekerjaan: [...loaded.pekerjaan.values()] }, analysis);
    expect(toDecimal(result.totals.total).minus(sumEV).abs().lte(bound)).toBe(true);
    expect(result.items).toHaveLength(300);
  });
});
