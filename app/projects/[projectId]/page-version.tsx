import { ProjectVersionMark } from "@/components/project/sync/project-sync-provider";
import { loadWorkspace } from "./workspace";

/** Tells the open page which project version its server render shows (the If-Match of its writes). */
export async function PageVersion({ projectId }: { projectId: string }) {
  return <ProjectVersionMark version={(await loadWorkspace(projectId)).version} />;
}
