import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { JadwalEditor } from "@/components/jadwal/jadwal-editor";
import { VersionBanner } from "@/components/project/versi/version-banner";
import { CanEditProvider } from "@/components/ui/can-edit";
import { getJadwal } from "@/lib/jadwal/jadwal-view";
import { getKurvaS } from "@/lib/jadwal/kurva-s";
import { getVersionJadwal, getVersionKurvaS } from "@/lib/versions/jadwal";
import { PageVersion } from "../page-version";
import { workspaceVersion, type VersiSearchParams } from "../version-page";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Jadwal" };

export default async function JadwalPage(props: WorkspaceParams & { searchParams: VersiSearchParams }) {
  const project = await workspaceProject(props);
  // The live jadwal, or a version's frozen one read-only (?versi=): the same grid without edit controls.
  const version = await workspaceVersion(project.id, props.searchParams);
  // The Kurva S gives the bobot column and the weighted rows under the grid, as the printed jadwal has them.
  const [jadwal, kurvaS] = version
    ? await Promise.all([getVersionJadwal(project.id, version.id, "week"), getVersionKurvaS(project.id, version.id, "week")])
    : await Promise.all([getJadwal(project.id, "week"), getKurvaS(project.id, "week")]);
  const banner = version && <VersionBanner version={version} liveHref={`/projects/${project.id}/jadwal`} />;
  if (jadwal.summary.pekerjaanCount === 0) {
    if (banner) return banner;
    return <EmptyStep projectId={project.id}>Belum ada pekerjaan untuk dijadwalkan.</EmptyStep>;
  }
  const page = (
    <div className="space-y-4">
      {banner || <PageVersion projectId={project.id} />}
      <ExportMenu projectId={project.id} report="jadwal" version={version?.id} />
      <JadwalEditor projectId={project.id} version={version?.id} initial={jadwal} initialKurvaS={kurvaS} />
    </div>
  );
  // A version is read-only for everyone; the live jadwal keeps the caller's role (the layout's switch).
  return version ? <CanEditProvider canEdit={false}>{page}</CanEditProvider> : page;
}
