import "server-only";
import { db } from "@/lib/db/client";

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
