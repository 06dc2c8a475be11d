import Link from "next/link";
import { SaveVersionForm } from "@/components/project/versi/save-version-form";
import { VersionList } from "@/components/project/versi/version-list";
import { toWire } from "@/lib/kernel/wire";
import { PageVersion } from "../page-version";
import { loadWorkspace, workspaceProject, type WorkspaceParams, workspaceVersions } from "../workspace";

export const metadata = { title: "Versi" };

/** Versions of the estimate (OE, kontrak, addenda): freeze one, compare, restore. */
export default async function VersiPage(props: WorkspaceParams) {
  const project = await workspaceProject(props);
  const { role } = await loadWorkspace(project.id);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Versi estimasi</h2>
        <Link href={`/projects/${project.id}/versi/perbandingan`} className="text-sm font-medium text-brand-700 underline">
          Buka perbandingan tambah kurang
        </Link>
      </div>
      <SaveVersionForm projectId={project.id} />
      <VersionList projectId={project.id} versions={toWire(await workspaceVersions(project.id))} canRestore={role === "owner"} />
    </div>
  );
}
