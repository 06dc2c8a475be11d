import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { KebutuhanFilters } from "@/components/project/rekap-kebutuhan/kebutuhan-filters";
import { KebutuhanTable } from "@/components/project/rekap-kebutuhan/kebutuhan-table";
import { KATEGORI_ORDER } from "@/components/reference/kategori";
import { getRekapKebutuhan } from "@/lib/rekap/kebutuhan";
import { getProjectTree } from "@/lib/rekap/tree";
import { PageVersion } from "../page-version";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Rekap Kebutuhan" };

export default async function KebutuhanPage(
  props: WorkspaceParams & { searchParams: Promise<{ kategori?: string; klasifikasiId?: string }> },
) {
  const project = await workspaceProject(props);
  const [query, tree] = await Promise.all([props.searchParams, getProjectTree(project.id)]);
  if (tree.klasifikasi.length === 0)
    return <EmptyStep projectId={project.id}>Belum ada pekerjaan, sehingga belum ada kebutuhan sumber daya.</EmptyStep>;
  // Unknown filter values from a hand-edited URL mean "no filter", not an error page.
  const kategori = KATEGORI_ORDER.find((k) => k === query.kategori);
  const klasifikasiId = tree.klasifikasi.find((k) => k.id === query.klasifikasiId)?.id;
  const rekap = await getRekapKebutuhan(project.id, { ...(kategori ? { kategori } : {}), ...(klasifikasiId ? { klasifikasiId } : {}) });
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="rekap-kebutuhan" />
      <KebutuhanFilters
        filter={{ kategori: kategori ?? "", klasifikasiId: klasifikasiId ?? "" }}
        klasifikasi={tree.klasifikasi.map(({ id, name }) => ({ id, name }))}
      />
      <KebutuhanTable rekap={rekap} />
    </div>
  );
}
