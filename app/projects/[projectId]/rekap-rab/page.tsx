import { ExportMenu } from "@/components/project/export-menu";
import { RekapRab } from "@/components/project/rekap/rekap-rab";
import { pricingOf } from "@/components/project/rekap/pricing";
import { VersionBanner } from "@/components/project/versi/version-banner";
import { CanEditProvider } from "@/components/ui/can-edit";
import { getRekapRab } from "@/lib/rekap/rekap-rab";
import { getVersionHeader, getVersionRekapRab } from "@/lib/versions/service";
import { PageVersion } from "../page-version";
import { workspaceVersion, type VersiSearchParams } from "../version-page";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Rekap RAB" };

export default async function RekapRabPage(props: WorkspaceParams & { searchParams: VersiSearchParams }) {
  const project = await workspaceProject(props);
  const version = await workspaceVersion(project.id, props.searchParams);
  if (version) {
    // The Rekap RAB as the version stored it, and the pricing it was priced with, read-only.
    const [rekap, { project: frozen }] = await Promise.all([
      getVersionRekapRab(project.id, version.id),
      getVersionHeader(project.id, version.id),
    ]);
    return (
      <CanEditProvider canEdit={false}>
        <div className="space-y-4">
          <VersionBanner version={version} liveHref={`/projects/${project.id}/rekap-rab`} />
          <ExportMenu projectId={project.id} report="rekap-rab" version={version.id} />
          <RekapRab
            projectId={project.id}
            initial={rekap}
            initialPricing={pricingOf({ ...frozen, editVersion: 0 })}
            versionId={version.id}
          />
        </div>
      </CanEditProvider>
    );
  }
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <ExportMenu projectId={project.id} report="rekap-rab" />
      <RekapRab projectId={project.id} initial={await getRekapRab(project.id)} initialPricing={pricingOf(project)} />
    </div>
  );
}
