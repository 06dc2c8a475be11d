/**
 * What every page of a project workspace starts with: the signed-in user, the project and the
 * caller's role on it, through the one access check (requireProjectAccess, need "view"). A
 * project the caller is no member of, or an id that is not one, renders Next's 404 page,
 * exactly like a project that does not exist. Cached per request, so the layout and the page
 * share one lookup.
 */
import { notFound } from "next/navigation";
import { cache } from "react";
import { pickPekerjaan } from "@/lib/rekap/tree-pick";
import { toWire } from "@/lib/kernel/wire";
import { ApiError } from "@/lib/kernel/errors";
import { requireUser } from "@/lib/auth/session";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectRole } from "@/lib/projects/roles";
import { getProject } from "@/lib/projects/service";
import { getProjectTree } from "@/lib/rekap/tree";
import { listVersions } from "@/lib/versions/service";

export const loadWorkspace = cache(async (projectId: string) => {
  const user = await requireUser();
  let role: ProjectRole;
  let version: number;
  try {
    ({ role, changeVersion: version } = await requireProjectAccess(user.id, projectId, { need: "view", includeArchived: true }));
  } catch (error) {
    if (error instanceof ApiError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  // `version` is read before any of the page's data: the page may show more than it names, never less.
  return { user, role, version, project: toWire(await getProject(projectId)) };
});

export interface WorkspaceParams {
  params: Promise<{ projectId: string }>;
}

/** The tab pages: the project id of the URL, checked. */
export async function workspaceProject({ params }: WorkspaceParams) {
  const { projectId } = await params;
  return (await loadWorkspace(projectId)).project;
}

/** The Analisa and Rincian pages: the project, its tree, and the pekerjaan ?p= names (else the first). */
export async function workspacePekerjaan(props: WorkspaceParams & { searchParams: Promise<{ p?: string }> }) {
  const project = await workspaceProject(props);
  const [{ p }, tree] = await Promise.all([props.searchParams, getProjectTree(project.id)]);
  return { project, tree, selected: pickPekerjaan(tree, p) };
}

/** The project's versions, newest first: read once per request for the header's switcher and the Versi pages. */
export const workspaceVersions = cache((projectId: string) => listVersions(projectId));
