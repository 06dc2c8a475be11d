/**
 * Backups are files users keep, so a document of an older format version is brought to the
 * current one before it is checked. Problems are reported at the paths of the document as it
 * was sent.
 * - Version 1 (until issue 15) named the project's jadwal entries `schedule`.
 * - Versions 1 and 2 (until issue 18) had no back-up volume: each pekerjaan gets an empty
 *   `takeoff`, and a template an empty `parameters`. Versions stored in the database
 *   (ProjectVersion.snapshot, written as version 2 before then) are read through the same step.
 */
import type { FieldError } from "@/lib/kernel/errors";
import { SNAPSHOT_VERSION } from "./format";

export const READABLE_VERSIONS: readonly unknown[] = [1, 2, SNAPSHOT_VERSION];

interface Current {
  document: Record<string, unknown>;
  /** A path into `document` as the path into the document sent. */
  inputPath: (path: string) => string;
  problems?: undefined;
}
export type Upgraded = Current | { problems: FieldError[] };

const samePath = (path: string) => path;

/** `doc` is of one of the READABLE_VERSIONS. */
export function upgradeSnapshot(doc: Record<string, unknown>): Upgraded {
  if (doc.version === SNAPSHOT_VERSION) return { document: doc, inputPath: samePath };
  const upgraded: Record<string, unknown> = withTakeoffLists({ ...doc, version: SNAPSHOT_VERSION });
  if (doc.version !== 1 || doc.kind !== "project") return { document: upgraded, inputPath: samePath };
  if ("jadwal" in doc) {
    return { problems: [{ path: "jadwal", message: 'Format versi 1 tidak mengenal kunci ini; isian jadwalnya bernama "schedule".' }] };
  }
  const { schedule, ...rest } = upgraded;
  const inputPath = (path: string) => (path === "jadwal" || path.startsWith("jadwal.") ? `schedule${path.slice("jadwal".length)}` : path);
  return { document: { ...rest, jadwal: schedule }, inputPath };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Each list of `value[key]` mapped, when it is a list; anything else is left for the schema to refuse. */
function mapList(value: Record<string, unknown>, key: string, map: (item: Record<string, unknown>) => unknown): Record<string, unknown> {
  const list = value[key];
  return Array.isArray(list) ? { ...value, [key]: list.map((item) => (isRecord(item) ? map(item) : item)) } : value;
}

/**
 * A document from before the back-up volume: `takeoff: []` on every pekerjaan that has none
 * (and `parameters: []` on a template), leaving everything else as it was.
 */
export function withTakeoffLists<D extends Record<string, unknown>>(doc: D): D {
  const tree = mapList(doc, "klasifikasi", (k) =>
    mapList(k, "subKlasifikasi", (s) => mapList(s, "pekerjaan", (p) => ("takeoff" in p ? p : { ...p, takeoff: [] }))),
  );
  return (doc.kind === "template" && !("parameters" in doc) ? { ...tree, parameters: [] } : tree) as D;
}
