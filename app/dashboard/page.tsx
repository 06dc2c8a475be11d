import { AppShell } from "@/components/layout/app-shell";
import { DashboardActions } from "@/components/projects/dashboard-actions";
import { ProjectsTable } from "@/components/projects/projects-table";
import { toWire } from "@/lib/kernel/wire";
import { requireUser } from "@/lib/auth/session";
import { listProjectsQuery } from "@/lib/projects/schemas";
import { listProjects } from "@/lib/projects/service";

export const metadata = { title: "Proyek" };

export default async function DashboardPage() {
  const user = await requireUser();
  // The first page with the API's defaults; the table takes over from there.
  const firstPage = await listProjects(user.id, listProjectsQuery.parse({}));
  return (
    <AppShell user={user}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Proyek</h1>
          <p className="mt-1 text-sm text-slate-600">Rencana Anggaran Biaya Anda, dengan total terkini tiap proyek.</p>
        </div>
        <DashboardActions />
      </div>
      <div className="mt-6">
        <ProjectsTable initial={toWire(firstPage)} />
      </div>
    </AppShell>
  );
}
