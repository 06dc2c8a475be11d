import { TreeEditor } from "@/components/project/pekerjaan/tree-editor";
import { getProjectTree } from "@/lib/rekap/tree";
import { listEditions } from "@/lib/reference/editions";
import { PageVersion } from "../page-version";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "List Pekerjaan" };

export default async function PekerjaanPage(props: WorkspaceParams) {
  const project = await workspaceProject(props);
  const [tree, editions] = await Promise.all([getProjectTree(project.id), listEditions()]);
  return (
    <>
      <PageVersion projectId={project.id} />
      <TreeEditor
        projectId={project.id}
        initialTree={tree}
        editions={editions.map(({ id, name, itemCount }) => ({ id, name, itemCount }))}
      />
    </>
  );
}
