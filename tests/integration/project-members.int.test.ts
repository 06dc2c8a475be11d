// Teams (issue 16): invitations that wait for a registration, members added at once, roles that
// change or end on the very next request (access is never cached), leaving, the transfer of
// ownership, the projects list by role, and the project page that names the caller's role.
// Which role each route needs is the role matrix (security-roles.int.test.ts).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { rabClient } from "../support/rab";
import { sessionCookie } from "../support/session";

const baseUrl = inject("baseUrl");
const { call, newUser, ok, newProject, newSection } = rabClient(baseUrl);

type User = Awaited<ReturnType<typeof newUser>>;
const members = (projectId: string) => `/api/v1/projects/${projectId}/members`;

async function register(email: string, label: string): Promise<User> {
  const password = "rahasia-123";
  const reg = await call("/api/v1/auth/register", { json: { email, password, name: `Uji ${label}` } });
  expect(reg.status, JSON.stringify(reg.body)).toBe(201);
  const token = await ok("", "/api/v1/auth/tokens", { json: { email: email.trim().toLowerCase(), password, name: "uji" } }, 201);
  return { id: reg.body.data.id, email: reg.body.data.email, password, token: token.token };
}

function roles(team: { members: { userId: string; role: string }[] }) {
  return team.members.map((m) => [m.userId, m.role]);
}

describe("invitations", () => {
  let owner: User;
  let projectId: string;

  beforeAll(async () => {
    owner = await newUser("pengundang");
    projectId = await newProject(owner.token, { name: "Gedung Tim" });
  });

  it("an unregistered email waits as an invitation and becomes a member in its registration", async () => {
    const email = `calon-${randomUUID()}@test.local`;
    const invited = await ok(owner.token, members(projectId), { json: { email: `  ${email.toUpperCase()} `, role: "viewer" } }, 201);
    // The test server has no SMTP: the answer says so and carries the link for the owner to pass on.
    expect(invited).toEqual({
      status: "invited",
      invitation: { email, role: "viewer", invitedAt: expect.any(String) },
      notice: { delivered: false, link: expect.stringMatching(/^http:\/\/[^/]+\/register$/) },
    });
    expect((await ok(owner.token, members(projectId))).invitations).toEqual([invited.invitation]);

    const newcomer = await register(email, "calon");
    const team = await ok(owner.token, members(projectId));
    expect(roles(team)).toEqual([
      [owner.id, "owner"],
      [newcomer.id, "viewer"],
    ]);
    expect(team.members[1]).toMatchObject({ email, name: "Uji calon" });
    expect(team.invitations).toEqual([]);
    const list = await ok(newcomer.token, "/api/v1/projects");
    expect(list.map((p: { id: string; role: string }) => [p.id, p.role])).toEqual([[projectId, "viewer"]]);
    const audit = await ok(owner.token, `/api/v1/projects/${projectId}/audit?entity=member`);
    expect(audit[0]).toMatchObject({ action: "accept", user: { id: newcomer.id }, after: { email, role: "viewer" } });
  });

  it("a registered email is a member at once; asking again for a pending email renews its role", async () => {
    const colleague = await newUser("rekan");
    const added = await ok(owner.token, members(projectId), { json: { email: colleague.email, role: "editor" } }, 201);
    expect(added).toMatchObject({
      status: "member",
      member: { userId: colleague.id, email: colleague.email, role: "editor" },
      notice: { delivered: false, link: expect.stringMatching(new RegExp(`/projects/${projectId}$`)) },
    });
    expect((await call(`/api/v1/projects/${projectId}/tree`, { token: colleague.token })).status).toBe(200);

    const email = `tertunda-${randomUUID()}@test.local`;
    await ok(owner.token, members(projectId), { json: { email, role: "viewer" } }, 201);
    await ok(owner.token, members(projectId), { json: { email, role: "editor" } }, 201);
    const pending = (await ok(owner.token, members(projectId))).invitations;
    expect(pending.filter((i: { email: string }) => i.email === email).map((i: { role: string }) => i.role)).toEqual(["editor"]);
  });

  it("refuses the owner, an existing member, the role owner and a malformed email, and writes nothing", async () => {
    const colleague = await newUser("sudah-anggota");
    await ok(owner.token, members(projectId), { json: { email: colleague.email, role: "viewer" } }, 201);
    const before = await ok(owner.token, members(projectId));
    const cases: [unknown, number, string, string?][] = [
      [{ email: owner.email, role: "editor" }, 400, "VALIDATION_ERROR", "email"],
      [{ email: colleague.email, role: "editor" }, 409, "CONFLICT"],
      [{ email: colleague.email, role: "owner" }, 400, "VALIDATION_ERROR", "role"],
      [{ email: "bukan-email", role: "viewer" }, 400, "VALIDATION_ERROR", "email"],
      [{ email: "x@test.local", role: "viewer", extra: 1 }, 400, "VALIDATION_ERROR"],
    ];
    for (const [json, status, code, field] of cases) {
      const res = await call(members(projectId), { token: owner.token, json });
      expect([res.status, res.body.error.code], JSON.stringify(json)).toEqual([status, code]);
      if (field) expect(res.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
    const ownerRole = await call(members(projectId), { token: owner.token, json: { email: colleague.email, role: "owner" } });
    expect(ownerRole.body.error.details.fields[0].message).toMatch(/transfer/);
    expect(await ok(owner.token, members(projectId))).toEqual(before);
  });
});

describe("roles that change or end", () => {
  let owner: User;
  let member: User;
  let projectId: string;
  let klasifikasiId: string;

  beforeAll(async () => {
    [owner, member] = await Promise.all([newUser("pemilik"), newUser("anggota")]);
    projectId = await newProject(owner.token);
    ({ klasifikasiId } = await newSection(owner.token, projectId));
    await ok(owner.token, members(projectId), { json: { email: member.email, role: "viewer" } }, 201);
  });

  const rename = (name: string) =>
    call(`/api/v1/projects/${projectId}/klasifikasi/${klasifikasiId}`, { method: "PATCH", token: member.token, json: { name } });

  it("a viewer reads but is refused a change with a message naming the role, until made editor", async () => {
    expect((await call(`/api/v1/projects/${projectId}/rekap-rab`, { token: member.token })).status).toBe(200);
    const refused = await rename("Oleh peninjau");
    expect([refused.status, refused.body.error]).toEqual([
      403,
      {
        code: "FORBIDDEN",
        message: "Tindakan ini memerlukan peran editor atau pemilik.",
        details: { role: "viewer", need: "edit" },
        requestId: expect.any(String),
      },
    ]);
    const promoted = await ok(owner.token, `${members(projectId)}/${member.id}`, { method: "PATCH", json: { role: "editor" } });
    expect(promoted).toMatchObject({ userId: member.id, role: "editor" });
    expect((await rename("Oleh editor")).status).toBe(200);
  });

  it("an editor exports a backup but manages neither the team nor the archive", async () => {
    const asMember = (path: string, init: { method?: string; json?: unknown } = {}) =>
      call(`/api/v1/projects/${projectId}${path}`, { token: member.token, ...init });
    const own = "Tindakan ini hanya untuk pemilik proyek.";
    for (const res of [
      await asMember("/members", { json: { email: "lain@test.local", role: "viewer" } }),
      await asMember(`/members/${member.id}`, { method: "PATCH", json: { role: "viewer" } }),
      await asMember(`/members/${owner.id}`, { method: "DELETE" }),
      await asMember("", { method: "DELETE" }),
      await asMember("/transfer", { json: { userId: member.id } }),
    ]) {
      expect([res.status, res.body.error.message]).toEqual([403, own]);
    }
    expect((await asMember("/exports/backup.json")).status).toBe(200);
  });

  it("a viewer exports documents but not the backup (a backup imports as a copy)", async () => {
    const viewer = await newUser("peninjau-ekspor");
    await ok(owner.token, members(projectId), { json: { email: viewer.email, role: "viewer" } }, 201);
    expect((await call(`/api/v1/projects/${projectId}/exports/rekap-rab.csv`, { token: viewer.token })).status).toBe(200);
    const backup = await call(`/api/v1/projects/${projectId}/exports/backup.json`, { token: viewer.token });
    expect([backup.status, backup.body.error.code]).toEqual([403, "FORBIDDEN"]);
  });

  it("removing a member takes effect on their next request", async () => {
    expect((await call(`/api/v1/projects/${projectId}`, { token: member.token })).status).toBe(200);
    await ok(owner.token, `${members(projectId)}/${member.id}`, { method: "DELETE" });
    for (const path of ["", "/tree"]) {
      const res = await call(`/api/v1/projects/${projectId}${path}`, { token: member.token });
      expect([res.status, res.body.error.code]).toEqual([404, "NOT_FOUND"]);
    }
    expect((await rename("Setelah dikeluarkan")).status).toBe(404);
    expect(await ok(member.token, "/api/v1/projects")).toEqual([]);
    const again = await call(`${members(projectId)}/${member.id}`, { method: "DELETE", token: owner.token });
    expect([again.status, again.body.error.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("a member may leave; the owner may not", async () => {
    const leaver = await newUser("keluar");
    await ok(owner.token, members(projectId), { json: { email: leaver.email, role: "viewer" } }, 201);
    await ok(leaver.token, `${members(projectId)}/${leaver.id}`, { method: "DELETE" });
    expect((await call(`/api/v1/projects/${projectId}`, { token: leaver.token })).status).toBe(404);

    const stay = await call(`${members(projectId)}/${owner.id}`, { method: "DELETE", token: owner.token });
    expect([stay.status, stay.body.error.details.fields[0].path]).toEqual([400, "userId"]);
    expect((await call(`/api/v1/projects/${projectId}`, { token: owner.token })).status).toBe(200);
  });
});

describe("transfer of ownership", () => {
  it("makes a member the owner and the old owner an editor; a non-member is refused", async () => {
    const [owner, heir, outsider] = await Promise.all([newUser("lama"), newUser("baru"), newUser("luar")]);
    const projectId = await newProject(owner.token);
    await ok(owner.token, members(projectId), { json: { email: heir.email, role: "viewer" } }, 201);

    const refused = await call(`/api/v1/projects/${projectId}/transfer`, { token: owner.token, json: { userId: outsider.id } });
    expect([refused.status, refused.body.error.details.fields[0].path]).toEqual([400, "userId"]);

    const team = await ok(owner.token, `/api/v1/projects/${projectId}/transfer`, { json: { userId: heir.id } });
    expect(roles(team)).toEqual([
      [heir.id, "owner"],
      [owner.id, "editor"],
    ]);
    const audit = await ok(heir.token, `/api/v1/projects/${projectId}/audit?entity=project`);
    expect(audit[0]).toMatchObject({
      action: "transfer",
      user: { id: owner.id },
      before: { ownerId: owner.id },
      after: { ownerId: heir.id },
    });
    const archive = await call(`/api/v1/projects/${projectId}`, { method: "DELETE", token: owner.token });
    expect(archive.status).toBe(403);
    expect((await ok(owner.token, "/api/v1/projects"))[0]).toMatchObject({ id: projectId, role: "editor" });
    expect((await ok(heir.token, "/api/v1/projects?role=owner"))[0]).toMatchObject({ id: projectId, role: "owner" });
    await ok(heir.token, `/api/v1/projects/${projectId}`, { method: "DELETE" });
  });
});

describe("the projects list", () => {
  let me: User;
  const mine: Record<string, string> = {};

  beforeAll(async () => {
    const [user, other] = await Promise.all([newUser("daftar"), newUser("pemilik-lain")]);
    me = user;
    mine.owner = await newProject(me.token, { name: "Milik sendiri" });
    for (const role of ["editor", "viewer"] as const) {
      mine[role] = await newProject(other.token, { name: `Dibagikan ${role}` });
      await ok(other.token, members(mine[role]!), { json: { email: me.email, role } }, 201);
    }
    await newProject(other.token, { name: "Tidak dibagikan" });
  });

  it("lists owned and shared projects with the caller's role", async () => {
    const list = await ok(me.token, "/api/v1/projects?sort=name");
    expect(list.map((p: { id: string; name: string; role: string }) => [p.name, p.role])).toEqual([
      ["Dibagikan editor", "editor"],
      ["Dibagikan viewer", "viewer"],
      ["Milik sendiri", "owner"],
    ]);
  });

  it.each(["owner", "editor", "viewer"])("filters by ?role=%s", async (role) => {
    const res = await call(`/api/v1/projects?role=${role}`, { token: me.token });
    expect(res.body.data.map((p: { id: string }) => p.id)).toEqual([mine[role]]);
    expect(res.body.meta.totalItems).toBe(1);
  });

  it("refuses an unknown role with its field", async () => {
    const res = await call("/api/v1/projects?role=pemilik", { token: me.token });
    expect([res.status, res.body.error.details.fields.map((f: { path: string }) => f.path)]).toEqual([400, ["query.role"]]);
  });
});

describe("the project page", () => {
  it("shows a member the project with their role, and a non-member the 404 page", async () => {
    const [owner, viewer, outsider] = await Promise.all([newUser("halaman"), newUser("halaman-peninjau"), newUser("halaman-luar")]);
    const projectId = await newProject(owner.token, { name: "Gedung Halaman" });
    await ok(owner.token, members(projectId), { json: { email: viewer.email, role: "viewer" } }, 201);
    const page = async (user: User) =>
      fetch(`${baseUrl}/projects/${projectId}`, { headers: { cookie: await sessionCookie(baseUrl, user.email, user.password) } });

    const seen = await page(viewer);
    const html = await seen.text();
    expect(seen.status).toBe(200);
    expect(html).toContain("Gedung Halaman");
    expect(html).toMatch(/data-testid="project-role"[^>]*>Peninjau</);
    expect(await (await page(owner)).text()).toMatch(/data-testid="project-role"[^>]*>Pemilik</);
    expect((await page(outsider)).status).toBe(404);
  });
});
