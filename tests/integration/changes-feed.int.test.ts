// Seeing each other (issue 16, README "Perubahan bersamaan"): an open project page polls
// GET …/changes?since=<the version it shows>. The feed names who changed what since then, oldest
// first; an unchanged project says so. The version moves on every change, also one made with
// raw SQL, the API bypassed.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { etagOf } from "@/lib/kernel/change-version";
import { query } from "../support/database";
import { rabClient } from "../support/rab";

const databaseUrl = inject("databaseUrl");
const { call, newUser, ok, newProject } = rabClient(inject("baseUrl"));

type User = Awaited<ReturnType<typeof newUser>>;
let owner: User;
let editor: User;
let viewer: User;
let projectId: string;

beforeAll(async () => {
  [owner, editor, viewer] = (await Promise.all(["ani", "budi", "citra"].map((label) => newUser(`feed-${label}`)))) as [User, User, User];
  projectId = await newProject(owner.token);
  for (const [user, role] of [
    [editor, "editor"],
    [viewer, "viewer"],
  ] as const) {
    await ok(owner.token, `/api/v1/projects/${projectId}/members`, { json: { email: user.email, role } }, 201);
  }
});

function feed(user: User, since: number | string) {
  return call(`/api/v1/projects/${projectId}/changes?since=${since}`, { token: user.token });
}

async function versionOf(id = projectId): Promise<number> {
  const [row] = await query<{ v: string }>(databaseUrl, `SELECT "changeVersion"::text AS v FROM "Project" WHERE id = $1`, [id]);
  return Number(row!.v);
}

describe("GET …/changes", () => {
  it("says nothing changed since the version a page shows", async () => {
    const page = await call(`/api/v1/projects/${projectId}`, { token: viewer.token });
    const shown = Number(JSON.parse(page.headers.get("etag")!));
    const res = await feed(viewer, shown);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ version: shown, changed: false, changes: [] });
    expect(res.headers.get("etag")).toBe(etagOf(shown));
  });

  it("names who changed what after an edit by another member, oldest first, and then settles", async () => {
    const shown = await versionOf();
    await ok(editor.token, `/api/v1/projects/${projectId}/parameters`, { json: { name: "lebar", value: "3" } }, 201);
    await ok(editor.token, `/api/v1/projects/${projectId}/pricing`, { method: "PATCH", json: { ppnPercent: "12" } });
    const res = await feed(owner, shown);
    expect(res.status).toBe(200);
    const { version, changed, changes } = res.body.data;
    expect(version).toBe(await versionOf());
    expect(changed).toBe(true);
    const author = { id: editor.id, name: expect.stringContaining("feed-budi") };
    expect(changes).toEqual([
      { version: expect.any(Number), at: expect.any(String), user: author, entity: "parameter", action: "create" },
      { version: expect.any(Number), at: expect.any(String), user: author, entity: "pricing", action: "update" },
    ]);
    // Each entry names the version it moved the project to: a page tells its own writes' entries by it.
    const [first, second] = changes.map((c: { version: number }) => c.version);
    expect(shown < first && first < second && second <= version).toBe(true);
    expect((await feed(owner, version)).body.data).toEqual({ version, changed: false, changes: [] });
  });

  it("lists the team's changes too, and at most the newest 50", async () => {
    const shown = await versionOf();
    await ok(
      owner.token,
      `/api/v1/projects/${projectId}/members`,
      { json: { email: `tamu-${randomUUID()}@test.local`, role: "viewer" } },
      201,
    );
    for (let i = 0; i < 51; i++) {
      await ok(editor.token, `/api/v1/projects/${projectId}/parameters`, { json: { name: `p${i}`, value: String(i) } }, 201);
    }
    const { changes } = (await feed(viewer, shown)).body.data;
    expect(changes).toHaveLength(50);
    // The invitation is the oldest of 52 and left out; the newest is last.
    expect(changes.every((c: { entity: string }) => c.entity === "parameter")).toBe(true);
    const times = changes.map((c: { at: string }) => c.at);
    expect(times).toEqual([...times].sort());
  });

  it.each(["", "-1", "1.5", "abc", '"3"'])("refuses since=%j with a 400 on since", async (since) => {
    const res = await feed(viewer, since);
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(["query.since"]);
  });
});

describe("Project.changeVersion", () => {
  it("moves on raw SQL writes to content, project fields and the team, the API bypassed", async () => {
    const id = await newProject(owner.token);
    const steps: [string, string, unknown[]][] = [
      ["klasifikasi", `INSERT INTO "Klasifikasi" (id, "projectId", name, position) VALUES ($1, $2, 'Persiapan', 0)`, [randomUUID(), id]],
      ["project field", `UPDATE "Project" SET description = 'lewat SQL' WHERE id = $1`, [id]],
      ["member", `INSERT INTO "ProjectMember" ("projectId", "userId", role) VALUES ($1, $2, 'viewer')`, [id, viewer.id]],
      ["invitation", `INSERT INTO "ProjectInvitation" ("projectId", email, role) VALUES ($1, 'sql@test.local', 'viewer')`, [id]],
    ];
    for (const [what, sql, values] of steps) {
      const before = await versionOf(id);
      await query(databaseUrl, sql, values);
      expect(await versionOf(id), what).toBeGreaterThan(before);
    }
    const before = await versionOf(id);
    await query(databaseUrl, `UPDATE "Project" SET description = description WHERE id = $1`, [id]);
    expect(await versionOf(id), "an update that changes nothing").toBe(before);
  });
});
