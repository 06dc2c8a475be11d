/**
 * The List Pekerjaan tree with each pekerjaan's volume, formula, source and line count, for
 * the List Pekerjaan and Volume pages. One statement, no lines loaded; none at all while the
 * project's contentRevision is the one a kept tree was read at.
 */
import { percentText, volumeText } from "@/lib/kernel/decimal";
import { withOldName } from "@/lib/kernel/renamed";
import { sharedContentRevisionCache } from "@/lib/cache/content-revision-cache";
import { type LoadedPekerjaan, type LoadedProject, loadProject } from "./load";
import type { ProjectTreeView, TreePekerjaanView } from "./types";

/** 20,000 pekerjaan (~0.5 KB each): a few 2,000-pekerjaan trees and many small ones, ~10 MB per process. */
const trees = sharedContentRevisionCache<ProjectTreeView>("projectTree", 20_000, countPekerjaan);

/** `knownContentRevision`: Project.contentRevision as the caller just read it (the access check does). */
export async function getProjectTree(projectId: string, knownContentRevision?: number): Promise<ProjectTreeView> {
  const kept = knownContentRevision === undefined ? undefined : trees.get(projectId, knownContentRevision);
  if (kept) return kept;
  const project = await loadProject(projectId, { lines: false });
  const view = treeView(project);
  trees.set(projectId, project.contentRevision, view);
  return view;
}

function countPekerjaan(tree: ProjectTreeView): number {
  let count = 1;
  for (const k of tree.klasifikasi) for (const s of k.subKlasifikasi) count += s.pekerjaan.length;
  return count;
}

function pekerjaanView(p: LoadedPekerjaan): TreePekerjaanView {
  const view: TreePekerjaanView = {
    id: p.id,
    kode: p.kode,
    uraian: p.uraian,
    satuan: p.satuan,
    source: p.source,
    volume: volumeText(p.volume),
    volumeFormula: p.volumeFormula,
    overheadProfitPercent: p.overheadProfitPercent === null ? null : percentText(p.overheadProfitPercent),
    editVersion: p.editVersion,
    lineCount: p.lineCount,
    takeoff: p.takeoff,
  };
  return withOldName(view, "editVersion", "version");
}

export function treeView(project: LoadedProject): ProjectTreeView {
  return {
    klasifikasi: project.klasifikasi.map((k) => ({
      id: k.id,
      name: k.name,
      position: k.position,
      subKlasifikasi: k.subKlasifikasi.map((s) => ({
        id: s.id,
        name: s.name,
        position: s.position,
        pekerjaan: s.pekerjaan.map(pekerjaanView),
      })),
    })),
  };
}
