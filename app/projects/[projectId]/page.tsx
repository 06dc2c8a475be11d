import { redirect } from "next/navigation";
import { PROJECT_TABS } from "@/components/project/tabs";
import { workspaceProject, type WorkspaceParams } from "./workspace";

/** A project opens on its first step. */
export default async function ProjectPage(props: WorkspaceParams) {
  const project = await workspaceProject(props);
  redirect(`/projects/${project.id}/${PROJECT_TABS[0].slug}`);
}
