/**
 * The rows a snapshot document would add, counted on the raw parsed JSON before the schema
 * runs: zod checks an array's length only after parsing every element, so a file of 600,000
 * empty klasifikasi would be copied whole before its `.max()` fails. Anything that is not an
 * array counts 0 here and is then refused by the schema.
 */
import { exceededLimit, limitSentence, type ProjectCounts } from "@/lib/projects/limits";
import type { FieldError } from "@/lib/kernel/errors";

const list = (value: unknown, key: string): unknown[] => {
  const inner = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(inner) ? inner : [];
};

export function snapshotCounts(doc: unknown): ProjectCounts {
  const klasifikasi = list(doc, "klasifikasi");
  const subKlasifikasi = klasifikasi.flatMap((k) => list(k, "subKlasifikasi"));
  const pekerjaan = subKlasifikasi.flatMap((s) => list(s, "pekerjaan"));
  return {
    klasifikasi: klasifikasi.length,
    subKlasifikasi: subKlasifikasi.length,
    pekerjaan: pekerjaan.length,
    lines: pekerjaan.reduce((sum: number, p) => sum + list(p, "lines").length, 0),
    takeoffRows: pekerjaan.reduce((sum: number, p) => sum + list(p, "takeoff").length, 0),
    hargaItems: list(doc, "hargaItems").length,
    parameters: list(doc, "parameters").length,
    jadwalEntries: list(doc, "jadwal").length,
  };
}

const PATHS: Record<keyof ProjectCounts, string> = {
  klasifikasi: "klasifikasi",
  subKlasifikasi: "klasifikasi",
  pekerjaan: "klasifikasi",
  lines: "klasifikasi",
  takeoffRows: "klasifikasi",
  hargaItems: "hargaItems",
  parameters: "parameters",
  jadwalEntries: "jadwal",
};

/** The bound the document passes, as a field error, or null. */
export function snapshotSizeProblem(doc: unknown): FieldError | null {
  const kind = exceededLimit(snapshotCounts(doc));
  return kind ? { path: PATHS[kind], message: limitSentence(kind) } : null;
}
