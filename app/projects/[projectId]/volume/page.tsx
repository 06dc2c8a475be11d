import { ExportMenu } from "@/components/project/export-menu";
import { VolumeEditor } from "@/components/project/volume/volume-editor";
import { listParameters } from "@/lib/parameters/service";
import { getProjectTree } from "@/lib/rekap/tree";
import { PageVersion } from "../page-version";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Volume" };

export default async function VolumePage(props: WorkspaceParams) {
  const project = await workspaceProject(props);
  const [tree, parameters] = await Promise.all([getProjectTree(project.id), listParameters(project.id)]);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="volume" />
      <VolumeEditor projectId={project.id} initialTree={tree} initialParameters={parameters} />
    </div>
  );
}
