/** Path params of the routes under /api/v1/projects/{projectId}. */
import { z } from "zod";

export const projectParams = z.object({ projectId: z.uuid() });

/** `{ projectId, <key> }`, both UUIDs: a malformed id answers 404 like a missing one. */
export function nestedParams<K extends string>(...keys: K[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, z.uuid()])) as Record<K, z.ZodUUID>;
  return projectParams.extend(shape);
}

/** The acting user on the project a route resolved (for write services and the audit trail). */
export function actorOf(ctx: { project: { id: string }; auth: { user: { id: string } } }) {
  return { projectId: ctx.project.id, userId: ctx.auth.user.id };
}
