/**
 * What a document is made of: the live estimate, or one of the project's versions (README
 * "Versi dan addendum"). The report builders ask their source and nothing else, so each report
 * has one code path for both: a version answers from its frozen snapshot and its stored Rekap
 * RAB, never from the live tables, and prints what it printed when it was taken.
 */
import "server-only";
import { listHargaItems, sortHargaItems } from "@/lib/harga-items/service";
import type { HargaItemFields } from "@/lib/harga-items/types";
import { getJadwal } from "@/lib/jadwal/jadwal-view";
import { getKurvaS } from "@/lib/jadwal/kurva-s";
import type { JadwalView, JadwalViewKind, KurvaSView } from "@/lib/jadwal/types";
import { ApiError } from "@/lib/kernel/errors";
import { listParameters } from "@/lib/parameters/service";
import { getProject } from "@/lib/projects/service";
import { type CalcProject, calcProject } from "@/lib/rekap/cache";
import { getRekapRab } from "@/lib/rekap/rekap-rab";
import { getProjectTree, treeView } from "@/lib/rekap/tree";
import type { ProjectTreeView, RekapRabResult } from "@/lib/rekap/types";
import { calcVersion } from "@/lib/versions/calc";
import { getVersionJadwal, getVersionKurvaS } from "@/lib/versions/jadwal";
import { getVersion, getVersionRekapRab, getVersionHeader } from "@/lib/versions/service";
import type { VersionView } from "@/lib/versions/types";
import { type DocumentFields, type DocumentKind, documentInfo, type ProjectDocumentInfo } from "./project-info";

export interface ExportHargaItem extends HargaItemFields {
  /** How many pekerjaan use the resource on a line. */
  usedBy: number;
}

export interface ReportSource {
  projectId: string;
  /** The version the document is of; null for the live estimate. */
  version: VersionView | null;
  calc(): Promise<CalcProject>;
  rekapRab(): Promise<RekapRabResult>;
  tree(): Promise<ProjectTreeView>;
  parameters(): Promise<{ name: string; value: string }[]>;
  hargaItems(): Promise<ExportHargaItem[]>;
  jadwal(view: JadwalViewKind): Promise<JadwalView>;
  kurvaS(view: JadwalViewKind): Promise<KurvaSView>;
  /** The header block and signatures: the project's fields now, or as the version froze them. */
  info(kind: DocumentKind, now: Date): Promise<ProjectDocumentInfo>;
}

export function liveSource(projectId: string): ReportSource {
  return {
    projectId,
    version: null,
    calc: () => calcProject(projectId),
    rekapRab: () => getRekapRab(projectId),
    tree: () => getProjectTree(projectId),
    parameters: () => listParameters(projectId),
    hargaItems: () => listHargaItems(projectId),
    jadwal: (view) => getJadwal(projectId, view),
    kurvaS: (view) => getKurvaS(projectId, view),
    info: async (kind, now) => documentInfo(await getProject(projectId), kind, now),
  };
}

/** A version of the project (404 "Versi tidak ditemukan." for another project's). */
export async function versionSource(projectId: string, versionId: string): Promise<ReportSource> {
  const version = await getVersion(projectId, versionId);
  const calc = () => calcVersion(projectId, versionId);
  let header: Promise<{ project: DocumentFields; parameters: { name: string; value: string }[] }> | undefined;
  const readHeader = () => (header ??= getVersionHeader(projectId, versionId));
  return {
    projectId,
    version,
    calc,
    rekapRab: () => getVersionRekapRab(projectId, versionId),
    tree: async () => treeView((await calc()).project),
    parameters: async () => (await readHeader()).parameters,
    hargaItems: async () => hargaItemsOf(await calc()),
    jadwal: (view) => getVersionJadwal(projectId, versionId, view),
    kurvaS: (view) => getVersionKurvaS(projectId, versionId, view),
    info: async (kind, now) => documentInfo((await readHeader()).project, kind, now),
  };
}

/** The price list with usedBy counted as the live one counts it: distinct pekerjaan with a line of the kode. */
function hargaItemsOf({ project }: CalcProject): ExportHargaItem[] {
  const usedBy = new Map<string, number>();
  for (const p of project.pekerjaan.values()) {
    for (const kode of new Set(p.lines.map((l) => l.kode))) usedBy.set(kode, (usedBy.get(kode) ?? 0) + 1);
  }
  return sortHargaItems([...project.hargaItems.values()].map((h) => ({ ...h, usedBy: usedBy.get(h.kode) ?? 0 })));
}

/** The report can not be made from a version: 400 naming it. */
export function notFromVersion(report: string): ApiError {
  const message = `${report} belum dapat diekspor dari versi; ekspor dari estimasi saat ini.`;
  return ApiError.validation([{ path: "query.version", message }], message);
}

/** "Versi Kontrak": how documents and file names of a version say which one it is. */
export function versionLabel(version: VersionView): string {
  return `Versi ${version.name}`;
}
