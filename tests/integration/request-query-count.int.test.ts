// What every API request pays before its own work, in SQL statements: authentication (bearer
// token or session cookie) is one, the project access check is one, and a report of an
// unchanged project needs none more (the access check read the contentRevision the calc cache is
// keyed by), nor does the tree. The projects list keeps each project's total while its
// contentRevision stands, and counts its rows only when the page is full. The lib functions run
// in this process against the test database; every statement any pg client sends is counted.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { countStatements } from "../support/statements";

let admin: pg.Client;
let lib: {
  tokens: typeof import("@/lib/auth/tokens");
  sessions: typeof import("@/lib/auth/sessions");
  access: typeof import("@/lib/projects/access");
  rekap: typeof import("@/lib/rekap/rekap-rab");
  kebutuhan: typeof import("@/lib/rekap/kebutuhan");
  projects: typeof import("@/lib/projects/service");
  tree: typeof import("@/lib/rekap/tree");
  db: typeof import("@/lib/db/client");
  changes: typeof import("@/lib/audit/changes");
};
const userId = randomUUID();
const projectId = randomUUID();
let token: string;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  admin = new pg.Client({ connectionString: inject("databaseUrl") });
  await admin.connect();
  await admin.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Jalur', 'x', now())`, [
    userId,
    `jalur-${userId}@test.local`,
  ]);
  await admin.query(
    `INSERT INTO "Project" (id, "ownerId", name, location, client, "fundingSource", "startDate", "durationDays", "updatedAt")
     VALUES ($1, $2, 'Jalur panas', 'Bandung', 'Dinas', 'APBD', '2026-01-05', 180, now())`,
    [projectId, userId],
  );
  const [tokens, sessions, access, rekap, kebutuhan, projects, tree, db, changes] = await Promise.all([
    import("@/lib/auth/tokens"),
    import("@/lib/auth/sessions"),
    import("@/lib/projects/access"),
    import("@/lib/rekap/rekap-rab"),
    import("@/lib/rekap/kebutuhan"),
    import("@/lib/projects/service"),
    import("@/lib/rekap/tree"),
    import("@/lib/db/client"),
    import("@/lib/audit/changes"),
  ]);
  lib = { tokens, sessions, access, rekap, kebutuhan, projects, tree, db, changes };
  token = (await tokens.createApiToken(userId, "hitung")).token;
  // The first use writes lastUsedAt in the background; it must land before anything is counted.
  await tokens.authenticateBearer(token);
  while (!(await admin.query(`SELECT 1 FROM "ApiToken" WHERE "userId" = $1 AND "lastUsedAt" IS NOT NULL`, [userId])).rowCount) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(async () => {
  await lib?.db.disconnectDb();
  await admin?.end();
});

describe("statements per request on the hot path", () => {
  it("bearer authentication is one statement, and a revoked token verifies no more", async () => {
    const { result, statements } = await countStatements(() => lib.tokens.authenticateBearer(token));
    expect(result?.user).toMatchObject({ id: userId, email: `jalur-${userId}@test.local`, name: "Jalur", isAdmin: false });
    expect(result?.user.createdAt).toBeInstanceOf(Date);
    expect(statements).toHaveLength(1);

    const other = await lib.tokens.createApiToken(userId, "dicabut");
    await lib.tokens.revokeApiToken(userId, other.id);
    expect(await lib.tokens.authenticateBearer(other.token)).toBeNull();
  });

  it("session authentication is one statement; revoked, expired, foreign and malformed sessions give no user", async () => {
    const sessionId = await lib.sessions.openSession(userId);
    const { result, statements } = await countStatements(() => lib.sessions.sessionUser(sessionId, userId));
    expect(result).toMatchObject({ id: userId, name: "Jalur" });
    expect(statements).toHaveLength(1);

    expect(await lib.sessions.sessionUser(sessionId, randomUUID())).toBeNull();
    expect(await lib.sessions.sessionUser("bukan-uuid", userId)).toBeNull();
    const expired = await lib.sessions.openSession(userId);
    await admin.query(`UPDATE "Session" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [expired]);
    expect(await lib.sessions.sessionUser(expired, userId)).toBeNull();
    await lib.sessions.closeSession(sessionId);
    expect(await lib.sessions.sessionUser(sessionId, userId)).toBeNull();
  });

  it("a report of an unchanged project costs only the access check", async () => {
    const read = async () => {
      const project = await lib.access.requireProjectAccess(userId, projectId);
      return Promise.all([
        lib.rekap.getRekapRab(project.id, project.contentRevision),
        lib.kebutuhan.getRekapKebutuhan(project.id, {}, project.contentRevision),
      ]);
    };
    await read();
    const { statements } = await countStatements(read);
    expect(statements).toHaveLength(1);
  });

  it("the contentRevision the access check read still catches a change made since the last report", async () => {
    const klasifikasiId = randomUUID();
    const before = await lib.rekap.getRekapRab(projectId, (await lib.access.requireProjectAccess(userId, projectId)).contentRevision);
    await admin.query(`INSERT INTO "Klasifikasi" (id, "projectId", name, position) VALUES ($1, $2, 'Persiapan', 0)`, [
      klasifikasiId,
      projectId,
    ]);
    const project = await lib.access.requireProjectAccess(userId, projectId);
    const after = await lib.rekap.getRekapRab(project.id, project.contentRevision);
    expect(before.rekap.klasifikasi.map((k) => k.id)).not.toContain(klasifikasiId);
    expect(after.rekap.klasifikasi.map((k) => k.id)).toContain(klasifikasiId);
  });

  it("the List Pekerjaan tree of an unchanged project costs only the access check, and shows a change at once", async () => {
    const read = async () => {
      const project = await lib.access.requireProjectAccess(userId, projectId);
      return lib.tree.getProjectTree(project.id, project.contentRevision);
    };
    await read();
    const { statements } = await countStatements(read);
    expect(statements).toHaveLength(1);
    const subId = randomUUID();
    const [{ id: klasifikasiId }] = (await admin.query(`SELECT id FROM "Klasifikasi" WHERE "projectId" = $1`, [projectId])).rows;
    await admin.query(`INSERT INTO "SubKlasifikasi" (id, "projectId", "klasifikasiId", name, position) VALUES ($1, $2, $3, 'Umum', 0)`, [
      subId,
      projectId,
      klasifikasiId,
    ]);
    const after = await read();
    expect(after.klasifikasi.flatMap((k) => k.subKlasifikasi.map((s) => s.id))).toContain(subId);
  });

  it("a poll of the change feed costs only the access check while nothing changed, one indexed statement more after a change", async () => {
    const poll = async (since?: number) => {
      const project = await lib.access.requireProjectAccess(userId, projectId);
      return lib.changes.changeFeed(project, since ?? project.changeVersion);
    };
    const quiet = await countStatements(() => poll());
    expect(quiet.result).toMatchObject({ changed: false, changes: [] });
    expect(quiet.statements).toHaveLength(1);

    const since = quiet.result.version;
    await admin.query(`UPDATE "Project" SET description = 'diubah' WHERE id = $1`, [projectId]);
    await admin.query(`INSERT INTO "AuditEntry" (id, "projectId", "userId", entity, action) VALUES ($1, $2, $3, 'pricing', 'update')`, [
      randomUUID(),
      projectId,
      userId,
    ]);
    const changed = await countStatements(() => poll(since));
    expect(changed.result).toMatchObject({ changed: true, changes: [{ entity: "pricing", action: "update", user: { id: userId } }] });
    expect(changed.statements).toHaveLength(2);
    // The feed's statement can use the index (a table this small is read whole otherwise).
    const sql = changed.statements[1]!.replace("$1", `'${projectId}'`).replace("$2", String(since)).replace("$3", "50");
    await admin.query("SET enable_seqscan = off");
    const plan = (await admin.query(`EXPLAIN ${sql}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
    await admin.query("RESET enable_seqscan");
    expect(plan).toMatch(/AuditEntry_projectId_changeVersion_idx/);
  });

  it("the projects list keeps totals while a project's contentRevision stands and counts rows only for a full page", async () => {
    const list = (pageSize: number) =>
      countStatements(() => lib.projects.listProjects(userId, { sort: "name", page: 1, pageSize, archived: false }));
    const counts = (statements: string[]) => statements.filter((s) => /COUNT\(/i.test(s)).length;
    const first = await list(10);
    expect(first.result.meta.totalItems).toBe(1);
    expect(first.statements).toHaveLength(4); // the page, and the project loaded for the calc engine (3)
    const again = await list(10);
    expect(again.statements).toHaveLength(1);
    expect(again.result.items).toEqual(first.result.items);
    const full = await list(1);
    expect(full.result.meta.totalItems).toBe(1);
    expect(counts(full.statements)).toBe(1);
    expect(counts(first.statements) + counts(again.statements)).toBe(0);

    // A priced pekerjaan moves the contentRevision: the total is computed again, not served stale.
    const [{ id: subId }] = (await admin.query(`SELECT id FROM "SubKlasifikasi" WHERE "projectId" = $1`, [projectId])).rows;
    const pekerjaanId = randomUUID();
    const hargaId = randomUUID();
    await admin.query(
      `INSERT INTO "Pekerjaan" (id, "projectId", "subKlasifikasiId", position, source, uraian, satuan, volume, "updatedAt")
       VALUES ($1, $2, $3, 0, 'custom', 'Galian', 'm3', 2, now())`,
      [pekerjaanId, projectId, subId],
    );
    await admin.query(
      `INSERT INTO "HargaItem" (id, "projectId", kategori, kode, uraian, satuan, harga, "updatedAt")
       VALUES ($1, $2, 'TK', 'L.01', 'Pekerja', 'OH', 100000, now())`,
      [hargaId, projectId],
    );
    await admin.query(
      `INSERT INTO "PekerjaanLine" (id, "projectId", "pekerjaanId", position, "hargaItemId", koefisien) VALUES ($1, $2, $3, 0, $4, 0.5)`,
      [randomUUID(), projectId, pekerjaanId, hargaId],
    );
    const changed = await list(10);
    expect(changed.statements).toHaveLength(4);
    // 0,5 × 100.000 × 2 m3 = 100.000; + 10 % overhead & profit = 110.000; + 11 % PPN = 122.100.
    expect(changed.result.items[0]).toMatchObject({ total: "122100.00", pembulatan: "122000.00" });
  });
});
