import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { PekerjaanPicker } from "@/components/project/pekerjaan-picker";
import { VersionBanner } from "@/components/project/versi/version-banner";
import { CanEditProvider } from "@/components/ui/can-edit";
import { pickerGroups, pickPekerjaan } from "@/lib/rekap/tree-pick";
import { RincianAhsp } from "@/components/project/rincian-ahsp/rincian-view";
import { getRincianAhsp } from "@/lib/rekap/rincian";
import { getVersionRincianAhsp, getVersionTree } from "@/lib/versions/service";
import { PageVersion } from "../page-version";
import { workspaceVersion } from "../version-page";
import { workspacePekerjaan, workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Rincian AHSP" };

type Props = WorkspaceParams & { searchParams: Promise<{ p?: string; versi?: string }> };

export default async function RincianPage(props: Props) {
  const project = await workspaceProject(props);
  const version = await workspaceVersion(project.id, props.searchParams);
  if (version) return <VersionRincian {...props} projectId={project.id} version={version} />;
  const { tree, selected } = await workspacePekerjaan(props);
  if (!selected) return <EmptyStep projectId={project.id}>Belum ada pekerjaan untuk dirinci.</EmptyStep>;
  const rincian = await getRincianAhsp(project.id, selected.id);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="rincian-ahsp" />
      <PekerjaanPicker groups={pickerGroups(tree)} selectedId={selected.id} />
      <RincianAhsp projectId={project.id} rincian={rincian} />
    </div>
  );
}

/** The version's tree and analyses, read-only. */
async function VersionRincian({
  projectId,
  version,
  searchParams,
}: Props & { projectId: string; version: NonNullable<Awaited<ReturnType<typeof workspaceVersion>>> }) {
  const [{ p }, tree] = await Promise.all([searchParams, getVersionTree(projectId, version.id)]);
  const selected = pickPekerjaan(tree, p);
  const rincian = selected ? await getVersionRincianAhsp(projectId, version.id, selected.id) : null;
  return (
    <CanEditProvider canEdit={false}>
      <div className="space-y-4">
        <VersionBanner version={version} liveHref={`/projects/${projectId}/rincian-ahsp`} />
        {selected && rincian ? (
          <>
            <ExportMenu projectId={projectId} report="rincian-ahsp" version={version.id} />
            <PekerjaanPicker groups={pickerGroups(tree)} selectedId={selected.id} />
            <RincianAhsp projectId={projectId} rincian={rincian} versionId={version.id} />
          </>
        ) : (
          <p className="text-sm text-slate-600">Versi ini tidak memiliki pekerjaan.</p>
        )}
      </div>
    </CanEditProvider>
  );
}
