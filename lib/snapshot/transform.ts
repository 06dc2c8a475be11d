/** Pure reshaping of snapshots: the copy of a project, and the template of one. */
import { dayNumber, formulaDependencies } from "@/lib/calc";
import { PROJECT_NAME_MAX } from "@/lib/projects/schemas";
import { pekerjaanOf, type ProjectSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type TemplateSnapshot } from "./format";

export interface CopyOptions {
  name: string;
  /** The copy's start date; the original's when absent. */
  startDate?: string;
  includeJadwal: boolean;
}

/**
 * A copy named `name`. A new start date moves the whole calendar by the same number of days,
 * and with the jadwal the week-end day moves with it: every week keeps its length and its
 * number, so each entry stays in "week n" and on the same days relative to the start, and the
 * Kurva S is unchanged. Without the jadwal there is nothing to keep in place, and the
 * estimator's week-end day stays.
 */
export function copyOf(snapshot: ProjectSnapshot, options: CopyOptions): ProjectSnapshot {
  const { project } = snapshot;
  const startDate = options.startDate ?? project.startDate;
  const shift = dayNumber(startDate) - dayNumber(project.startDate);
  const weekEndDay = options.includeJadwal ? (((project.weekEndDay + shift) % 7) + 7) % 7 : project.weekEndDay;
  return {
    ...snapshot,
    project: { ...project, name: options.name, startDate, weekEndDay },
    jadwal: options.includeJadwal ? snapshot.jadwal : [],
  };
}

/**
 * The tree, analyses and back-up volume rows only: no project fields, prices, volumes or
 * jadwal; only the resources the analyses use (with their kategori, name and unit, not their
 * price) and the parameters the back-up rows name (a project that takes the template lacks
 * them otherwise).
 */
export function toTemplate(snapshot: ProjectSnapshot): TemplateSnapshot {
  const all = pekerjaanOf(snapshot).map(({ pekerjaan }) => pekerjaan);
  const used = new Set(all.flatMap((p) => p.lines.map((l) => l.kode)));
  const named = new Set(all.flatMap((p) => p.takeoff.flatMap((row) => formulaDependencies(row.formula))));
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: snapshot.createdAt,
    kind: "template",
    parameters: snapshot.parameters.filter((p) => named.has(p.name)),
    hargaItems: snapshot.hargaItems
      .filter((h) => used.has(h.kode))
      .map(({ kategori, kode, uraian, satuan }) => ({ kategori, kode, uraian, satuan })),
    klasifikasi: snapshot.klasifikasi.map((k) => ({
      name: k.name,
      subKlasifikasi: k.subKlasifikasi.map((s) => ({
        name: s.name,
        pekerjaan: s.pekerjaan.map(({ volume, volumeFormula, ...analysis }) => analysis),
      })),
    })),
  };
}

const IMPORTED_SUFFIX = " (impor)";

/** "Gedung Kantor (impor)", shortened so it stays within the project name's bound. */
export function importedName(name: string): string {
  return `${name.slice(0, PROJECT_NAME_MAX - IMPORTED_SUFFIX.length).trimEnd()}${IMPORTED_SUFFIX}`;
}
