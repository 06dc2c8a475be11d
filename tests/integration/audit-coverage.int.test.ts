// Every change leaves an audit entry (issue 16, README "Perubahan bersamaan"): an open page's change
// feed names who changed what from the entries newer than its version, so a write that moves the
// version without one leaves "someone changed something". Every write route of a project, from the
// route files, is called once as its owner; each must leave exactly one entry, by the caller, of a
// kind and action the Riwayat page names. Only the writes that change no part of the project
// (LEAVES_PROJECT: copies, save as template, the remap preview) leave neither version move nor entry.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { actionLabel, entityLabel } from "@/lib/audit/labels";
import { missingRows } from "../support/api-routes";
import { query } from "../support/database";
import { LEAVES_PROJECT, projectRoutes, projectWrites } from "../support/project-writes";
import { rabClient } from "../support/rab";
import { WRITE_BODIES } from "../support/security";

const databaseUrl = inject("databaseUrl");
const rab = rabClient(inject("baseUrl"));
const { versionOf, prepare, send } = projectWrites(rab, databaseUrl);

const writes = projectRoutes().filter((r) => r.method !== "GET");

let owner: Awaited<ReturnType<typeof rab.newUser>>;

beforeAll(async () => {
  owner = await rab.newUser("audit-coverage");
});

interface EntryRow {
  userId: string | null;
  entity: string;
  action: string;
}

/** The entries that moved the project past version `seen`. */
function entriesAfter(projectId: string, seen: number): Promise<EntryRow[]> {
  return query<EntryRow>(
    databaseUrl,
    `SELECT "userId"::text AS "userId", entity, action FROM "AuditEntry" WHERE "projectId" = $1 AND "changeVersion" > $2`,
    [projectId, seen],
  );
}

describe("every write of a project leaves one audit entry by its caller", () => {
  it("every write route has a case (a body sample, or none with its reason)", () => {
    expect(missingRows(writes, WRITE_BODIES)).toEqual([]);
  });

  it.each(writes.map((r) => [r.key, r] as const))("%s", async (key, r) => {
    const { ids, payload } = await prepare(r, owner);
    const seen = await versionOf(ids.projectId);
    const res = await send(r, owner, ids, {}, payload);
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBeLessThan(300);
    const entries = await entriesAfter(ids.projectId, seen);

    if (key in LEAVES_PROJECT) {
      expect(await versionOf(ids.projectId)).toBe(seen);
      expect(entries).toEqual([]);
      return;
    }
    expect(entries, "one entry per request").toHaveLength(1);
    const [entry] = entries;
    expect(entry!.userId).toBe(owner.id);
    // The Riwayat page and the change feed say it in words: no kind or action shown as stored.
    expect(entityLabel(entry!.entity), `entity ${entry!.entity} has no label`).not.toBe(entry!.entity);
    expect(actionLabel(entry!.action), `action ${entry!.action} has no label`).not.toBe(entry!.action);
  });
});
