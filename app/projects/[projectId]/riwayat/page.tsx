import { AuditTrail } from "@/components/project/riwayat/audit-trail";
import { filterQuery, filtersFrom, PAGE_SIZE } from "@/components/project/riwayat/filters";
import type { LoadedTrail } from "@/components/project/riwayat/use-audit-trail";
import { AUDIT_ENTITIES, auditPeople, listAudit } from "@/lib/audit";
import { auditQuery } from "@/lib/audit/schemas";
import { toWire } from "@/lib/kernel/wire";
import { zodFieldErrors } from "@/lib/kernel/zod";
import { PageVersion } from "../page-version";
import { workspaceProject, type WorkspaceParams } from "../workspace";

export const metadata = { title: "Riwayat perubahan" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The project's audit trail, first page read here; filters and further pages go through the API. */
export default async function RiwayatPage(props: WorkspaceParams & { searchParams: SearchParams }) {
  const project = await workspaceProject(props);
  const raw = await props.searchParams;
  const query = filterQuery(filtersFrom((key) => [raw[key]].flat()[0]));
  const [initial, people] = await Promise.all([firstPage(project.id, query), auditPeople(project.id)]);
  return (
    <div className="space-y-4">
      <PageVersion projectId={project.id} />
      <div>
        <h2 className="text-xl font-semibold">Riwayat perubahan</h2>
        <p className="mt-1 text-sm text-slate-600">
          Siapa mengubah apa di proyek ini, terbaru di atas, dengan nilai sebelum dan sesudahnya.
        </p>
      </div>
      <AuditTrail projectId={project.id} entities={AUDIT_ENTITIES} people={people} initial={initial} />
    </div>
  );
}

/** A link with a bad filter (a mistyped date) shows the message at the field, like the API's 400. */
async function firstPage(projectId: string, query: URLSearchParams): Promise<LoadedTrail> {
  const key = query.toString();
  const parsed = auditQuery.safeParse({ ...Object.fromEntries(query), limit: PAGE_SIZE });
  if (!parsed.success) {
    const fields = zodFieldErrors(parsed.error, "query");
    return { key, entries: [], nextCursor: null, pekerjaan: {}, error: { message: fields[0]?.message ?? "", fields } };
  }
  const page = toWire(await listAudit(projectId, parsed.data));
  return { key, ...page, error: null };
}
