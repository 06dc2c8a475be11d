import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { KurvaSPanel } from "@/components/jadwal/kurva-s-panel";
import { VersionBanner } from "@/components/project/versi/version-banner";
import { getKurvaS } from "@/lib/jadwal/kurva-s";
import { getVersionKurvaS } from "@/lib/versions/jadwal";
import { PageVersion } from "../page-version";
import { workspaceVersion, type VersiSearchParams } from "../version-page";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Kurva S" };

export default async function KurvaSPage(props: WorkspaceParams & { searchParams: VersiSearchParams }) {
  const project = await workspaceProject(props);
  // The live curve, or a version's from its frozen jadwal and prices (?versi=); the panel edits nothing either way.
  const version = await workspaceVersion(project.id, props.searchParams);
  const kurvaS = version ? await getVersionKurvaS(project.id, version.id, "week") : await getKurvaS(project.id, "week");
  const banner = version && <VersionBanner version={version} liveHref={`/projects/${project.id}/kurva-s`} />;
  if (kurvaS.bobot.length === 0) {
    if (banner) return banner;
    return <EmptyStep projectId={project.id}>Belum ada pekerjaan: Kurva S disusun dari jadwal pekerjaan.</EmptyStep>;
  }
  return (
    <div className="space-y-4">
      {banner || <PageVersion projectId={project.id} />}
      <ExportMenu projectId={project.id} report="jadwal" version={version?.id} />
      <KurvaSPanel projectId={project.id} version={version?.id} initial={kurvaS} />
    </div>
  );
}
