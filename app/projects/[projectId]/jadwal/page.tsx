import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { JadwalEditor } from "@/components/jadwal/jadwal-editor";
import { getJadwal } from "@/lib/jadwal/jadwal-view";
import { VersionJadwalUnavailable } from "@/components/project/versi/version-jadwal";
import { PageVersion } from "../page-version";
import { workspaceVersion, type VersiSearchParams } from "../version-page";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Jadwal" };

export default async function JadwalPage(props: WorkspaceParams & { searchParams: VersiSearchParams }) {
  const project = await workspaceProject(props);
  const version = await workspaceVersion(project.id, props.searchParams);
  if (version) return <VersionJadwalUnavailable version={version} liveHref={`/projects/${project.id}/jadwal`} />;
  const jadwal = await getJadwal(project.id, "week");
  if (jadwal.summary.pekerjaanCount === 0) {
    return <EmptyStep projectId={project.id}>Belum ada pekerjaan untuk dijadwalkan.</EmptyStep>;
  }
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="jadwal" />
      <JadwalEditor projectId={project.id} initial={jadwal} />
    </div>
  );
}
