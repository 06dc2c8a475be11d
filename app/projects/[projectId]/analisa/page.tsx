import { AnalisaEditor } from "@/components/project/analisa/analisa-editor";
import { EmptyStep } from "@/components/project/empty-step";
import { PekerjaanPicker } from "@/components/project/pekerjaan-picker";
import { pickerGroups } from "@/lib/rekap/tree-pick";
import { listHargaItems } from "@/lib/harga-items/service";
import { getPekerjaan } from "@/lib/pekerjaan/service";
import { PageVersion } from "../page-version";
import { workspacePekerjaan, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Analisa" };

export default async function AnalisaPage(props: WorkspaceParams & { searchParams: Promise<{ p?: string }> }) {
  const { project, tree, selected } = await workspacePekerjaan(props);
  if (!selected) return <EmptyStep projectId={project.id}>Belum ada pekerjaan untuk dianalisa.</EmptyStep>;
  const [detail, harga] = await Promise.all([getPekerjaan(project.id, selected.id), listHargaItems(project.id)]);
  // One array for both: the picker's list, and the editor's bundle targets.
  const groups = pickerGroups(tree);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <PekerjaanPicker groups={groups} selectedId={detail.id} />
      <AnalisaEditor
        key={detail.id}
        projectId={project.id}
        initial={detail}
        pekerjaanGroups={groups}
        resources={harga.map(({ kategori, kode, uraian, satuan }) => ({ kategori, kode, uraian, satuan }))}
        projectOverhead={project.overheadProfitPercent}
      />
    </div>
  );
}
