import "server-only";
import { db } from "@/lib/db/client";
import type { ReportSummary } from "./types";

/** One source edition of the library as the API and pages show it. */
export interface EditionSummary {
  id: string;
  name: string;
  citation: string | null;
  itemCount: number;
  lineCount: number;
  importedAt: Date;
}

export const editionSummarySelect = {
  id: true,
  name: true,
  citation: true,
  itemCount: true,
  lineCount: true,
  importedAt: true,
} as const;

export async function listEditions(): Promise<EditionSummary[]> {
  return db().ahspEdition.findMany({ select: editionSummarySelect, orderBy: { name: "asc" } });
}

export async function findEditionByName(name: string): Promise<(EditionSummary & { contentHash: string | null }) | null> {
  return db().ahspEdition.findUnique({ where: { name }, select: { ...editionSummarySelect, contentHash: true } });
}

export interface EditionWithReport extends EditionSummary {
  /** The validation report of the edition's last import; null for one imported before reports were kept. */
  report: ReportSummary | null;
}

export async function findEditionWithReport(id: string): Promise<EditionWithReport | null> {
  const row = await db().ahspEdition.findUnique({ where: { id }, select: { ...editionSummarySelect, report: true } });
  // Only writeEdition writes the column, always a ReportSummary.
  return row && { ...row, report: row.report as ReportSummary | null };
}
