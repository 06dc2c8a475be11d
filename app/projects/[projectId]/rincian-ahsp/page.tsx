import { ExportMenu } from "@/components/project/export-menu";
import { EmptyStep } from "@/components/project/empty-step";
import { PekerjaanPicker } from "@/components/project/pekerjaan-picker";
import { pickerGroups } from "@/lib/rekap/tree-pick";
import { RincianAhsp } from "@/components/project/rincian-ahsp/rincian-view";
import { getRincianAhsp } from "@/lib/rekap/rincian";
import { PageVersion } from "../page-version";
import { workspacePekerjaan, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Rincian AHSP" };

export default async function RincianPage(props: WorkspaceParams & { searchParams: Promise<{ p?: string }> }) {
  const { project, tree, selected } = await workspacePekerjaan(props);
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
