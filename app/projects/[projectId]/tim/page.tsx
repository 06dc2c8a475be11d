import { TeamPanel } from "@/components/project/team/team-panel";
import { toWire } from "@/lib/kernel/wire";
import { listTeam } from "@/lib/members/service";
import { PageVersion } from "../page-version";
import { loadWorkspace, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Tim" };

/** The project's team: members, invitations, and what the caller's role lets them change. */
export default async function TeamPage({ params }: WorkspaceParams) {
  const { projectId } = await params;
  const { user, role, project } = await loadWorkspace(projectId);
  return (
    <>
      <PageVersion projectId={project.id} />
      <TeamPanel projectId={project.id} me={user.id} role={role} initial={toWire(await listTeam(project.id))} />
    </>
  );
}
