import { HargaGrid } from "@/components/project/harga/harga-grid";
import { listHargaItems } from "@/lib/harga/service";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Harga Items" };

export default async function HargaPage(props: WorkspaceParams) {
  const project = await workspaceProject(props);
  return <HargaGrid projectId={project.id} initial={await listHargaItems(project.id)} />;
}
