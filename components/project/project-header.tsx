import Link from "next/link";
import type { ProjectData } from "@/components/projects/project-form-values";
import { formatDay } from "@/lib/format/date";
import { formatInteger } from "@/lib/format/number";
import { fundingLabel } from "@/lib/projects/funding-label";
import { ROLE_LABELS, roleMeets, type ProjectRole } from "@/lib/projects/roles";
import { CopyProjectButton } from "./copy-project-button";
import { EditProjectButton } from "./edit-project-button";
import { ApplyTemplateButton, SaveTemplateButton } from "./template-buttons";
import { VersionSwitcher } from "./versi/version-switcher";
import type { VersionOption } from "./versi/versions";

const linkButton =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50";

/**
 * Who, where and when of the project above every workspace tab, and the caller's role on it.
 * A viewer gets the team link only: copy, templates and the backup all need the editor role.
 * With versions, "Tampilkan" opens one on the report tabs.
 */
export function ProjectHeader({ project, role, versions }: { project: ProjectData; role: ProjectRole; versions: VersionOption[] }) {
  const canEdit = roleMeets(role, "edit");
  const facts = [
    project.location,
    project.client,
    fundingLabel(project.fundingSource, project.fiscalYear),
    `Mulai ${formatDay(project.startDate)}, ${formatInteger(project.durationDays)} hari`,
  ].filter(Boolean);
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <Link href="/dashboard" className="text-sm text-slate-500 hover:text-slate-800">
          ← Semua proyek
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="min-w-0 text-2xl font-semibold [overflow-wrap:anywhere]">{project.name}</h1>
          <span
            className="rounded-full border border-slate-300 bg-slate-50 px-2.5 py-0.5 text-xs font-medium text-slate-700"
            title="Peran Anda di proyek ini"
            data-testid="project-role"
          >
            {ROLE_LABELS[role]}
          </span>
        </div>
        {/* One line for the facts and the trail, so the report below starts higher on a laptop screen. */}
        <p className="mt-1 text-sm text-slate-600 [overflow-wrap:anywhere]">
          {facts.join(" · ")}
          {!project.archivedAt && (
            <>
              {" · "}
              <Link href={`/projects/${project.id}/riwayat`} className="text-brand-700 hover:underline">
                Riwayat perubahan
              </Link>
            </>
          )}
        </p>
      </div>
      <div className="flex max-w-full flex-wrap justify-end gap-2">
        {versions.length > 0 && <VersionSwitcher projectId={project.id} versions={versions} />}
        <Link href={`/projects/${project.id}/tim`} className={linkButton}>
          Tim
        </Link>
        {canEdit && !project.archivedAt && <EditProjectButton project={project} />}
        {canEdit && <CopyProjectButton project={project} />}
        {canEdit && <SaveTemplateButton project={project} />}
        {canEdit && !project.archivedAt && <ApplyTemplateButton project={project} />}
        {canEdit && (
          <a href={`/api/v1/projects/${project.id}/exports/backup.json`} download className={linkButton}>
            Unduh cadangan
          </a>
        )}
      </div>
    </header>
  );
}
