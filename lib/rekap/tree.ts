/**
 * The List Pekerjaan tree with each pekerjaan's volume, formula, source and line count, for
 * the List Pekerjaan and Volume pages. One statement, no lines loaded.
 */
import { percentText, volumeText } from "@/lib/api/decimal";
import type { PekerjaanSource } from "@/lib/generated/prisma/client";
import { loadProject } from "./load";

export interface TreePekerjaanView {
  id: string;
  kode: string | null;
  uraian: string;
  satuan: string;
  source: PekerjaanSource;
  volume: string;
  volumeFormula: string | null;
  overheadProfitPercent: string | null;
  version: number;
  lineCount: number;
}

export interface ProjectTreeView {
  klasifikasi: {
    id: string;
    name: string;
    position: number;
    subKlasifikasi: { id: string; name: string; position: number; pekerjaan: TreePekerjaanView[] }[];
  }[];
}

export async function getProjectTree(projectId: string): Promise<ProjectTreeView> {
  const project = await loadProject(projectId, { lines: false });
  return {
    klasifikasi: project.klasifikasi.map((k) => ({
      id: k.id,
      name: k.name,
      position: k.position,
      subKlasifikasi: k.subKlasifikasi.map((s) => ({
        id: s.id,
        name: s.name,
        position: s.position,
        pekerjaan: s.pekerjaan.map((p) => ({
          id: p.id,
          kode: p.kode,
          uraian: p.uraian,
          satuan: p.satuan,
          source: p.source,
          volume: volumeText(p.volume),
          volumeFormula: p.volumeFormula,
          overheadProfitPercent: p.overheadProfitPercent === null ? null : percentText(p.overheadProfitPercent),
          version: p.version,
          lineCount: p.lineCount,
        })),
      })),
    })),
  };
}
