import { ExportMenu } from "@/components/project/export-menu";
import { HargaGrid } from "@/components/project/harga-items/harga-grid";
import { listHargaItems } from "@/lib/harga-items/service";
import { PageVersion } from "../page-version";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Harga Items" };

export default async function HargaPage(props: WorkspaceParams) {
  const project = await workspaceProject(props);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="harga-items" />
      <HargaGrid projectId={project.id} initial={await listHargaItems(project.id)} />
    </div>
  );
}
