import { ExportMenu } from "@/components/project/export-menu";
import { RekapRab } from "@/components/project/rekap/rekap-rab";
import { pricingOf } from "@/components/project/rekap/pricing";
import { getRekapRab } from "@/lib/rekap/rekap-rab";
import { PageVersion } from "../page-version";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Rekap RAB" };

export default async function RekapRabPage(props: WorkspaceParams) {
  const project = await workspaceProject(props);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="rekap-rab" />
      <RekapRab projectId={project.id} initial={await getRekapRab(project.id)} initialPricing={pricingOf(project)} />
    </div>
  );
}
