/**
 * Backups are files users keep, so a document of an older format version is brought to the
 * current one before it is checked. Version 1 (until issue 15) named the project's jadwal
 * entries `schedule`; nothing else differs, templates included. Problems are reported at the
 * paths of the document as it was sent.
 */
import type { FieldError } from "@/lib/kernel/errors";
import { SNAPSHOT_VERSION } from "./format";

export const READABLE_VERSIONS: readonly unknown[] = [1, SNAPSHOT_VERSION];

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
  if (doc.version === SNAPSHOT_VERSION || doc.kind !== "project") {
    return { document: { ...doc, version: SNAPSHOT_VERSION }, inputPath: samePath };
  }
  if ("jadwal" in doc) {
    return { problems: [{ path: "jadwal", message: 'Format versi 1 tidak mengenal kunci ini; isian jadwalnya bernama "schedule".' }] };
  }
  const { schedule, ...rest } = doc;
  const inputPath = (path: string) => (path === "jadwal" || path.startsWith("jadwal.") ? `schedule${path.slice("jadwal".length)}` : path);
  return { document: { ...rest, version: SNAPSHOT_VERSION, jadwal: schedule }, inputPath };
}
