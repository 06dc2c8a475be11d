import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { KurvaSPanel } from "@/components/jadwal/kurva-s-panel";
import { getKurvaS } from "@/lib/jadwal/kurva-s";
import { VersionJadwalUnavailable } from "@/components/project/versi/version-jadwal";
import { PageVersion } from "../page-version";
import { workspaceVersion, type VersiSearchParams } from "../version-page";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Kurva S" };

export default async function KurvaSPage(props: WorkspaceParams & { searchParams: VersiSearchParams }) {
  const project = await workspaceProject(props);
  const version = await workspaceVersion(project.id, props.searchParams);
  if (version) return <VersionJadwalUnavailable version={version} liveHref={`/projects/${project.id}/kurva-s`} />;
  const kurvaS = await getKurvaS(project.id, "week");
  if (kurvaS.bobot.length === 0) {
    return <EmptyStep projectId={project.id}>Belum ada pekerjaan: Kurva S disusun dari jadwal pekerjaan.</EmptyStep>;
  }
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="jadwal" />
      <KurvaSPanel projectId={project.id} initial={kurvaS} />
    </div>
  );
}
