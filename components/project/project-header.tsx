import Link from "next/link";
import type { ProjectData } from "@/components/projects/project-form-values";
import { formatDay } from "@/lib/format/date";
import { formatInteger } from "@/lib/format/number";
import { EditProjectButton } from "./edit-project-button";

/** Who, where and when of the project above every workspace tab. */
export function ProjectHeader({ project }: { project: ProjectData }) {
  const facts = [
    project.location,
    project.client,
    project.fundingSource + (project.fiscalYear ? ` ${project.fiscalYear}` : ""),
    `Mulai ${formatDay(project.startDate)}, ${formatInteger(project.durationDays)} hari`,
  ];
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <Link href="/dashboard" className="text-sm text-slate-500 hover:text-slate-800">
          ← Semua proyek
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{project.name}</h1>
        <p className="mt-1 text-sm text-slate-600">{facts.join(" · ")}</p>
      </div>
      {!project.archivedAt && <EditProjectButton project={project} />}
    </header>
  );
}
