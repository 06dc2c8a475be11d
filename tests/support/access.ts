/**
 * Who may call each route (keyed like tests/support/api-routes.ts). The security suite derives
 * its cases from the route files and fails for a route without a row here:
 * - "public": reachable without credentials (it then answers for itself, e.g. 400 for an empty body);
 * - "user": needs a session or bearer token;
 * - "view" | "edit" | "own": a route of one project, for a signed-in member with at least that role
 *   (viewer, editor, owner: lib/projects/roles.ts); everyone else gets 404 (no member) or 403;
 * - "unknown": the catch-all that answers 404 for any path no other route claims.
 */
import type { AccessNeed } from "@/lib/projects/roles";

export type Access = "public" | "user" | "unknown" | AccessNeed;

export const ACCESS: Record<string, Access> = {
  "GET /[...path]": "unknown",
  "POST /[...path]": "unknown",
  "PUT /[...path]": "unknown",
  "PATCH /[...path]": "unknown",
  "DELETE /[...path]": "unknown",
  "GET /admin/security-events": "user",
  "GET /ahsp": "user",
  "GET /ahsp/[id]": "user",
  "GET /ahsp/editions": "user",
  "POST /ahsp/import": "user",
  "POST /ahsp/resolve": "user",
  "POST /auth/register": "public",
  "POST /auth/tokens": "public",
  "POST /auth/password-reset": "public",
  "POST /auth/password-reset/confirm": "public",
  "GET /diagnostics/error": "user",
  "GET /diagnostics/slow": "user",
  "GET /me": "user",
  "POST /me/password": "user",
  "GET /me/tokens": "user",
  "POST /me/tokens": "user",
  "DELETE /me/tokens/[tokenId]": "user",
  "GET /projects": "user",
  "POST /projects": "user",
  "POST /projects/import": "user",
  // The dashboard (README "Dasbor proyek"): over the caller's own projects; bulk checks each project's owner itself.
  "GET /projects/stats": "user",
  "GET /projects/export": "user",
  "POST /projects/bulk": "user",
  "POST /projects/upload": "user",
  "GET /projects/upload/template": "user",
  "GET /projects/[projectId]": "view",
  "PATCH /projects/[projectId]": "edit",
  // Archiving and restoring a project, and everything about its team, is the owner's.
  "DELETE /projects/[projectId]": "own",
  "POST /projects/[projectId]/restore": "own",
  "GET /projects/[projectId]/members": "view",
  "POST /projects/[projectId]/members": "own",
  "PATCH /projects/[projectId]/members/[userId]": "own",
  // Removing another member; removing oneself (leaving) is any member's (project-members.int.test.ts).
  "DELETE /projects/[projectId]/members/[userId]": "own",
  "POST /projects/[projectId]/transfer": "own",
  "GET /projects/[projectId]/audit": "view",
  "GET /projects/[projectId]/changes": "view",
  "GET /projects/[projectId]/harga-items": "view",
  "PATCH /projects/[projectId]/harga-items": "edit",
  "PATCH /projects/[projectId]/harga-items/[hargaItemId]": "edit",
  "DELETE /projects/[projectId]/harga-items/[hargaItemId]": "edit",
  "POST /projects/[projectId]/harga-items/import": "edit",
  "POST /projects/[projectId]/klasifikasi": "edit",
  "PATCH /projects/[projectId]/klasifikasi/[klasifikasiId]": "edit",
  "DELETE /projects/[projectId]/klasifikasi/[klasifikasiId]": "edit",
  "POST /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi": "edit",
  "PATCH /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]": "edit",
  "DELETE /projects/[projectId]/klasifikasi/[klasifikasiId]/sub-klasifikasi/[subKlasifikasiId]": "edit",
  "GET /projects/[projectId]/kurva-s": "view",
  "GET /projects/[projectId]/parameters": "view",
  "POST /projects/[projectId]/parameters": "edit",
  "PATCH /projects/[projectId]/parameters/[parameterId]": "edit",
  "DELETE /projects/[projectId]/parameters/[parameterId]": "edit",
  "POST /projects/[projectId]/pekerjaan": "edit",
  "POST /projects/[projectId]/pekerjaan/batch": "edit",
  "GET /projects/[projectId]/pekerjaan/[pekerjaanId]": "view",
  "PATCH /projects/[projectId]/pekerjaan/[pekerjaanId]": "edit",
  "DELETE /projects/[projectId]/pekerjaan/[pekerjaanId]": "edit",
  "POST /projects/[projectId]/pekerjaan/[pekerjaanId]/convert": "edit",
  "PUT /projects/[projectId]/pekerjaan/[pekerjaanId]/lines": "edit",
  "PUT /projects/[projectId]/pekerjaan/[pekerjaanId]/volume": "edit",
  "PUT /projects/[projectId]/volumes": "edit",
  "PATCH /projects/[projectId]/pricing": "edit",
  "GET /projects/[projectId]/tree": "view",
  "GET /projects/[projectId]/rekap-kebutuhan": "view",
  "GET /projects/[projectId]/rekap-rab": "view",
  "GET /projects/[projectId]/compare": "view",
  "GET /projects/[projectId]/rincian-ahsp/[pekerjaanId]": "view",
  "GET /projects/[projectId]/jadwal": "view",
  "POST /projects/[projectId]/jadwal/clear": "edit",
  "PUT /projects/[projectId]/jadwal/entries": "edit",
  // A preview of moved dates writes nothing.
  "POST /projects/[projectId]/jadwal/remap-preview": "view",
  "POST /projects/[projectId]/jadwal/spread": "edit",
  // Deprecated aliases of …/jadwal (README, "Deprecated names"): the same handlers.
  "GET /projects/[projectId]/schedule": "view",
  "POST /projects/[projectId]/schedule/clear": "edit",
  "PUT /projects/[projectId]/schedule/entries": "edit",
  // A preview of moved dates writes nothing.
  "POST /projects/[projectId]/schedule/remap-preview": "view",
  "POST /projects/[projectId]/schedule/spread": "edit",
  // Every document; backup.json alone needs "edit" (a backup imports as a copy): project-members.int.test.ts.
  "GET /projects/[projectId]/exports/[file]": "view",
  // Copies and templates take the estimate into one's own projects: an editor's right, not a viewer's.
  "POST /projects/[projectId]/copy": "edit",
  "POST /projects/[projectId]/batch-copy": "edit",
  "POST /projects/[projectId]/templates": "edit",
  "POST /projects/[projectId]/apply-template": "edit",
  // Versions (README "Versi dan addendum"): viewers read them, editors freeze one, owners restore one.
  "GET /projects/[projectId]/versions": "view",
  "POST /projects/[projectId]/versions": "edit",
  "GET /projects/[projectId]/versions/[versionId]": "view",
  "GET /projects/[projectId]/versions/[versionId]/rekap-rab": "view",
  "GET /projects/[projectId]/versions/[versionId]/rekap-kebutuhan": "view",
  "GET /projects/[projectId]/versions/[versionId]/jadwal": "view",
  "GET /projects/[projectId]/versions/[versionId]/kurva-s": "view",
  "GET /projects/[projectId]/versions/[versionId]/rincian-ahsp/[pekerjaanId]": "view",
  "POST /projects/[projectId]/versions/[versionId]/restore": "own",
  "GET /templates": "user",
  "GET /templates/[templateId]": "user",
  "PATCH /templates/[templateId]": "user",
  "DELETE /templates/[templateId]": "user",
};

/** The role a project route needs, or null for a route outside /projects/{projectId}. */
export function projectNeed(key: string): AccessNeed | null {
  const access = ACCESS[key];
  return access === "view" || access === "edit" || access === "own" ? access : null;
}
