/** Path params of the routes under /api/v1/projects/{projectId}. */
import { z } from "zod";
import type { VersionGuard } from "@/lib/kernel/change-version";

export const projectParams = z.object({ projectId: z.uuid() });

/** `{ projectId, <key> }`, both UUIDs: a malformed id answers 404 like a missing one. */
export function nestedParams<K extends string>(...keys: K[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, z.uuid()])) as Record<K, z.ZodUUID>;
  return projectParams.extend(shape);
}

/**
 * The acting user on the project a route resolved (for write services and the audit trail), with
 * the request's If-Match, which every write transaction checks under the project lock.
 */
export function actorOf(ctx: { project: { id: string }; auth: { user: { id: string } }; version?: VersionGuard }) {
  return { projectId: ctx.project.id, userId: ctx.auth.user.id, version: ctx.version };
}
