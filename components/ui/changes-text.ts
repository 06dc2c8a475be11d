import { entityLabel } from "@/lib/audit/labels";
import type { Change } from "@/lib/api/project-sync";

/**
 * "Ani mengubah Harga Items dan Volume; Budi mengubah Jadwal": who changed which parts, in the
 * order they first did, each part once. A change without an author is "Seseorang".
 */
export function changesText(changes: readonly Change[]): string {
  const byPerson = new Map<string, string[]>();
  for (const change of changes) {
    const who = change.user?.name || "Seseorang";
    const parts = byPerson.get(who) ?? [];
    const part = entityLabel(change.entity);
    if (!parts.includes(part)) parts.push(part);
    byPerson.set(who, parts);
  }
  return [...byPerson].map(([who, parts]) => `${who} mengubah ${joinParts(parts)}`).join("; ");
}

function joinParts(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} dan ${parts.at(-1)}`;
}
