import { AppShell } from "@/components/layout/app-shell";
import { DashboardActions } from "@/components/projects/dashboard-actions";
import { DashboardCharts } from "@/components/projects/dashboard-charts";
import { DashboardFilters, type FilterValues } from "@/components/projects/dashboard-filters";
import { DashboardStats } from "@/components/projects/dashboard-stats";
import { ProjectsTable } from "@/components/projects/projects-table";
import { Notice } from "@/components/ui/notice";
import { toWire } from "@/lib/kernel/wire";
import { requireUser } from "@/lib/auth/session";
import { FILTER_PARAMS, projectFiltersQuery } from "@/lib/projects/filters";
import { runningProgress } from "@/lib/projects/progress";
import { listProjectsQuery } from "@/lib/projects/schemas";
import { listProjects } from "@/lib/projects/service";
import { fundingSourcesOf, projectStats } from "@/lib/projects/stats";

export const metadata = { title: "Proyek" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The portfolio: filters in the URL (README "Dasbor proyek"), the filtered projects' figures and
 * charts, and the list. Figures and list come from the same filters and the same totals as the
 * API's /projects/stats and /projects; invalid filters are named and ignored, never a crash.
 */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const raw = await searchParams;
  const values: FilterValues = Object.fromEntries(
    FILTER_PARAMS.flatMap((key) => (typeof raw[key] === "string" && raw[key] !== "" ? [[key, raw[key]]] : [])),
  );
  const parsed = projectFiltersQuery.safeParse(values);
  const filters = parsed.success ? parsed.data : projectFiltersQuery.parse({});
  const applied = parsed.success ? values : {};
  const [firstPage, stats, fundingSources] = await Promise.all([
    listProjects(user.id, listProjectsQuery.parse(applied)),
    projectStats(user.id, filters),
    fundingSourcesOf(user.id),
  ]);
  const progress = await runningProgress(user.id, filters, stats.today);
  return (
    <AppShell user={user}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Proyek</h1>
          <p className="mt-1 text-sm text-slate-600">Rencana Anggaran Biaya Anda, dengan total terkini tiap proyek.</p>
        </div>
        <DashboardActions />
      </div>
      <div className="mt-6 space-y-4">
        {!parsed.success && (
          <Notice tone="error">
            Filter tidak valid dan diabaikan: {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}
          </Notice>
        )}
        <DashboardFilters values={applied} fundingSources={fundingSources} />
        <DashboardStats stats={stats} />
        <DashboardCharts stats={stats} progress={progress} />
        <ProjectsTable key={JSON.stringify(applied)} initial={toWire(firstPage)} filters={applied} />
      </div>
    </AppShell>
  );
}
