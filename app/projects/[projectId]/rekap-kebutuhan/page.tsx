import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { KebutuhanFilters } from "@/components/project/rekap-kebutuhan/kebutuhan-filters";
import { KebutuhanTable } from "@/components/project/rekap-kebutuhan/kebutuhan-table";
import { VersionBanner } from "@/components/project/versi/version-banner";
import { CanEditProvider } from "@/components/ui/can-edit";
import { KATEGORI_ORDER } from "@/components/reference/kategori";
import { getRekapKebutuhan } from "@/lib/rekap/kebutuhan";
import { getProjectTree } from "@/lib/rekap/tree";
import { getVersionRekapKebutuhan, getVersionTree } from "@/lib/versions/service";
import { PageVersion } from "../page-version";
import { workspaceVersion } from "../version-page";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Rekap Kebutuhan" };

export default async function KebutuhanPage(
  props: WorkspaceParams & { searchParams: Promise<{ kategori?: string; klasifikasiId?: string; versi?: string }> },
) {
  const project = await workspaceProject(props);
  // The live estimate, or a version read-only (?versi=): the same page over its tree and analyses.
  const version = await workspaceVersion(project.id, props.searchParams);
  const [query, tree] = await Promise.all([
    props.searchParams,
    version ? getVersionTree(project.id, version.id) : getProjectTree(project.id),
  ]);
  const banner = version && <VersionBanner version={version} liveHref={`/projects/${project.id}/rekap-kebutuhan`} />;
  if (tree.klasifikasi.length === 0) {
    if (banner) return banner;
    return <EmptyStep projectId={project.id}>Belum ada pekerjaan, sehingga belum ada kebutuhan sumber daya.</EmptyStep>;
  }
  // Unknown filter values from a hand-edited URL mean "no filter", not an error page.
  const kategori = KATEGORI_ORDER.find((k) => k === query.kategori);
  const klasifikasiId = tree.klasifikasi.find((k) => k.id === query.klasifikasiId)?.id;
  const filter = { ...(kategori ? { kategori } : {}), ...(klasifikasiId ? { klasifikasiId } : {}) };
  const rekap = version ? await getVersionRekapKebutuhan(project.id, version.id, filter) : await getRekapKebutuhan(project.id, filter);
  return (
    <CanEditProvider canEdit={version === null}>
      <div className="space-y-4">
        {banner || <PageVersion projectId={project.id} />}
        <ExportMenu projectId={project.id} report="rekap-kebutuhan" version={version?.id} />
        <KebutuhanFilters
          filter={{ kategori: kategori ?? "", klasifikasiId: klasifikasiId ?? "" }}
          klasifikasi={tree.klasifikasi.map(({ id, name }) => ({ id, name }))}
        />
        <KebutuhanTable rekap={rekap} />
      </div>
    </CanEditProvider>
  );
}
