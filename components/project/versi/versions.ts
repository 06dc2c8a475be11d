/**
 * The versions as the Versi pages take them (the list items of GET …/versions) and each one's
 * difference to the version before it.
 */
import { toDecimal } from "@/lib/calc";
import { formatDay, formatJakartaTime, jakartaDate } from "@/lib/format/date";
import type { Wire } from "@/lib/kernel/wire";
import { VERSION_KIND_LABELS, type VersionView } from "@/lib/versions/types";

/** The live estimate as a side of a comparison (?from=&to=). Not in the "use client" picker: the server page reads it. */
export const LIVE = "live";

/** A version as the pages get it (GET …/versions items, dates as ISO text). */
export type VersionSummary = Wire<VersionView>;

/** What the Dari/Ke choice of the comparison needs of a version. */
export type VersionOption = Pick<VersionSummary, "id" | "name" | "kind" | "createdAt">;

export interface VersionWithDifference extends VersionSummary {
  /** The older version just below in the list, or null for the first one. */
  previous: VersionSummary | null;
  /** D − the previous version's D (2 dp), the measure of a comparison's net; null for the first one. */
  difference: string | null;
}

/** `versions` newest first, as the API lists them: each paired with the next (older) one. */
export function withDifferences(versions: readonly VersionSummary[]): VersionWithDifference[] {
  return versions.map((version, i) => {
    const previous = versions[i + 1] ?? null;
    const difference = previous
      ? toDecimal(version.totals.totalBiayaLangsung).minus(toDecimal(previous.totals.totalBiayaLangsung)).toFixed(2)
      : null;
    return { ...version, previous, difference };
  });
}

/** An option's text in the Dari/Ke choice: "Kontrak · Kontrak awal". */
export function versionOptionLabel(version: VersionOption): string {
  return `${VERSION_KIND_LABELS[version.kind]} · ${version.name}`;
}

/** When a version was made, in WIB like the audit trail, so a team sees one time: "7 Des 2026, 14.30 WIB". */
export function versionDate(createdAt: string): string {
  return `${formatDay(jakartaDate(new Date(createdAt)))}, ${formatJakartaTime(createdAt)} WIB`;
}
