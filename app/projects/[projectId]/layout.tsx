import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { ArchivedNotice } from "@/components/project/archived-notice";
import { ProjectHeader } from "@/components/project/project-header";
import { ProjectTabs } from "@/components/project/project-tabs";
import { ProjectSyncProvider } from "@/components/project/sync/project-sync-provider";
import { CanEditProvider } from "@/components/ui/can-edit";
import { roleMeets } from "@/lib/projects/roles";
import { toWire } from "@/lib/kernel/wire";
import { loadWorkspace, type WorkspaceParams, workspaceVersions } from "./workspace";

/** Every tab's title names the project ("Rekap RAB · Gedung Kantor · RAB AHSP"), so browser tabs and history tell projects apart. */
export async function generateMetadata({ params }: WorkspaceParams): Promise<Metadata> {
  const { projectId } = await params;
  const { name } = (await loadWorkspace(projectId)).project;
  return { title: { default: name, template: `%s · ${name} · RAB AHSP` } };
}

export default async function ProjectLayout({ children, params }: WorkspaceParams & { children: ReactNode }) {
  const { projectId } = await params;
  const { user, role, version, project } = await loadWorkspace(projectId);
  // The header's "Tampilkan" choice, newest first (the Versi pages read the same list in this request).
  const versions = project.archivedAt ? [] : toWire(await workspaceVersions(project.id));
  // One switch for the whole workspace: a viewer's tabs render without any edit control.
  return (
    <AppShell user={user} wide>
      <CanEditProvider canEdit={roleMeets(role, "edit")}>
        <ProjectSyncProvider projectId={project.id} version={version}>
          <ProjectHeader project={project} role={role} versions={versions} />
          {project.archivedAt ? (
            <ArchivedNotice projectId={project.id} canRestore={role === "owner"} />
          ) : (
            <>
              <ProjectTabs projectId={project.id} />
              <div className="mt-5">{children}</div>
            </>
          )}
        </ProjectSyncProvider>
      </CanEditProvider>
    </AppShell>
  );
}
