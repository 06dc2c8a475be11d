// Security suite, roles (issue 16): every route of a project, from the route files, called by
// its owner, an editor, a viewer and a non-member. ACCESS (tests/support/access.ts) names the
// role each route needs: a non-member gets 404 as for a project that does not exist, a member
// below that role 403 FORBIDDEN naming the role, everyone else an answer that is neither. A
// refused call leaves the project exactly as it was (its totals, tree, prices, jadwal, audit
// trail and team, read by the owner). A call that is let through may write: the next caller
// then gets a fresh project of the same shape.
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { NEED_MESSAGES, type ProjectRole, roleMeets } from "@/lib/projects/roles";
import { projectNeed } from "../support/access";
import { type DeclaredRoute, declaredApiRoutes } from "../support/api-routes";
import { rabClient } from "../support/rab";
import { pathFor, projectSnapshot, type SampleIds, sampleIds, WRITE_BODIES } from "../support/security";

const rab = rabClient(inject("baseUrl"));
const { call, newUser, ok } = rab;

type User = Awaited<ReturnType<typeof newUser>>;
type Caller = ProjectRole | "non-member";
/** Lowest first: every refusal of a route comes before the first call it lets through. */
const CALLERS: readonly Caller[] = ["non-member", "viewer", "editor", "owner"];

const routes = declaredApiRoutes().flatMap((r) => {
  const need = projectNeed(r.key);
  return need ? [{ ...r, need }] : [];
});

let users: Record<Caller, User>;
/** The member whose id the team routes name (…/members/{userId}, transfer). */
let target: User;
/** A template each caller may apply: the owner's own, and one the editor saved from a project of their own. */
let templates: Partial<Record<Caller, string>>;

beforeAll(async () => {
  const [owner, editor, viewer, stranger, member] = await Promise.all(
    ["pemilik", "editor", "peninjau", "orang-luar", "anggota"].map((label) => newUser(`peran-${label}`)),
  );
  users = { owner: owner!, editor: editor!, viewer: viewer!, "non-member": stranger! };
  target = member!;
  const editorProject = await rab.newProject(editor!.token);
  const editorTemplate = await ok(editor!.token, `/api/v1/projects/${editorProject}/templates`, { json: { name: "Templat editor" } }, 201);
  templates = { editor: editorTemplate.id };
});

/** The reads share one project: a GET writes nothing (which each case checks for its refusals). */
let readProject: Promise<SampleIds> | undefined;

/** A rich project of the owner with the editor, the viewer and the target as members. */
async function teamProject(): Promise<SampleIds> {
  const ids = await sampleIds(rab, users.owner, target);
  for (const role of ["editor", "viewer"] as const) {
    await ok(users.owner.token, `/api/v1/projects/${ids.projectId}/members`, { json: { email: users[role].email, role } }, 201);
  }
  return ids;
}

function send(r: DeclaredRoute, caller: Caller, ids: SampleIds) {
  const own = { ...ids, templateId: templates[caller] ?? ids.templateId };
  const sample = WRITE_BODIES[r.key];
  const json = typeof sample === "function" ? sample(own) : r.method === "GET" || r.method === "DELETE" ? undefined : {};
  return call(pathFor(r.pattern, own), { method: r.method, token: users[caller].token, json });
}

function expectedAnswer(need: (typeof routes)[number]["need"], caller: Caller): [number, string] | "through" {
  if (caller === "non-member") return [404, "NOT_FOUND"];
  return roleMeets(caller, need) ? "through" : [403, "FORBIDDEN"];
}

/** The statuses seen, one line per route, written to test-results/role-matrix.md for the closing note. */
const matrix: string[] = [];

afterAll(() => {
  const header = ["| route | needs | " + CALLERS.join(" | ") + " |", "|---|---|" + CALLERS.map(() => "---|").join("")];
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/role-matrix.md", [...header, ...matrix.sort()].join("\n") + "\n");
});

describe("the role matrix", () => {
  it.each(routes.map((r) => [`${r.key} (${r.need})`, r] as const))("%s", async (_name, r) => {
    let ids = r.method === "GET" ? await (readProject ??= teamProject()) : await teamProject();
    const before = await projectSnapshot(rab, users.owner.token, ids.projectId);
    const statuses: number[] = [];
    for (const caller of CALLERS) {
      const expected = expectedAnswer(r.need, caller);
      const res = await send(r, caller, ids);
      const said = `${caller} → ${res.status} ${JSON.stringify(res.body?.error ?? "")}`;
      statuses.push(res.status);
      if (expected === "through") {
        expect([403, 404], said).not.toContain(res.status);
        // What it wrote must not meet the next caller.
        if (r.method !== "GET") ids = await teamProject();
        continue;
      }
      expect([res.status, res.body.error?.code], said).toEqual(expected);
      if (expected[0] === 403) expect(res.body.error.message, said).toBe(NEED_MESSAGES[r.need as "edit" | "own"]);
      expect(await projectSnapshot(rab, users.owner.token, ids.projectId), `${said} changed the project`).toEqual(before);
    }
    matrix.push(`| ${r.key} | ${r.need} | ${statuses.join(" | ")} |`);
  });
});
