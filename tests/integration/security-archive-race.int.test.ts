// Security suite, archived projects: a write that passed the access check while the project
// was active, and then waited for the project lock while it was archived, must not land.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { query } from "../support/database";
import { rabClient } from "../support/rab";

const rab = rabClient(inject("baseUrl"));
const databaseUrl = inject("databaseUrl");

async function waitForLockWaiters(count: number) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const [row] = await query<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (row!.n >= count) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${count} requests waiting for the project lock`);
}

async function parameterState(projectId: string) {
  const [row] = await query<{ value: string; audits: number; editVersion: number; contentRevision: number }>(
    databaseUrl,
    `SELECT (SELECT value::text FROM "Parameter" WHERE "projectId" = p.id) AS value,
            (SELECT count(*)::int FROM "AuditEntry" WHERE "projectId" = p.id AND entity = 'parameter' AND action = 'update') AS audits,
            p."editVersion", p."contentRevision"
     FROM "Project" p WHERE p.id = $1`,
    [projectId],
  );
  return row!;
}

async function projectWithParameter() {
  const user = await rab.newUser("arsip");
  const projectId = await rab.newProject(user.token);
  const parameter = await rab.ok(user.token, `/api/v1/projects/${projectId}/parameters`, { json: { name: "panjang", value: "1" } }, 201);
  return { token: user.token, projectId, path: `/api/v1/projects/${projectId}/parameters/${parameter.id}` };
}

describe("writes racing an archive", () => {
  it("15 PATCHes queued behind the archive all answer 404 and change nothing", async () => {
    const { token, projectId, path } = await projectWithParameter();
    const before = await parameterState(projectId);
    // Stand in for the archive's transaction: hold the project lock, archive, and let the
    // PATCHes (whose access check saw an active project) queue up behind it.
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "Project" WHERE id = $1 FOR NO KEY UPDATE`, [projectId]);
      const patches = Array.from({ length: 15 }, (_, i) => rab.call(path, { method: "PATCH", token, json: { value: String(i + 2) } }));
      // The server's pool (5 connections) lets 5 wait on the lock; the others wait for a connection.
      await waitForLockWaiters(5);
      await holder.query(`UPDATE "Project" SET "archivedAt" = now() WHERE id = $1`, [projectId]);
      await holder.query("COMMIT");
      const answers = await Promise.all(patches);
      expect(answers.map((a) => a.status)).toEqual(Array(15).fill(404));
      expect(answers.every((a) => a.body.error.code === "NOT_FOUND")).toBe(true);
    } finally {
      await holder.end();
    }
    expect(await parameterState(projectId)).toEqual(before);
  });

  it("DELETE racing 15 PATCHes: only writes answered 200 landed, none after the archive", async () => {
    const { token, projectId, path } = await projectWithParameter();
    const patches = Array.from({ length: 15 }, (_, i) => rab.call(path, { method: "PATCH", token, json: { value: String(i + 2) } }));
    const archive = rab.call(`/api/v1/projects/${projectId}`, { method: "DELETE", token });
    const answers = await Promise.all(patches);
    expect((await archive).status).toBe(200);
    const landed = answers.filter((a) => a.status === 200);
    expect(answers.length - landed.length).toBe(answers.filter((a) => a.status === 404).length);
    const after = await parameterState(projectId);
    expect(after.audits).toBe(landed.length);
    // The archive's audit entry is the last word: no parameter change was recorded after it.
    const audit = await query<{ entity: string }>(
      databaseUrl,
      `SELECT entity FROM "AuditEntry" WHERE "projectId" = $1 ORDER BY "createdAt", id`,
      [projectId],
    );
    expect(audit.at(-1)!.entity).toBe("project");
    // Later writes are refused outright.
    expect((await rab.call(path, { method: "PATCH", token, json: { value: "99" } })).status).toBe(404);
  });
});
