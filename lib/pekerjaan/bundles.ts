/**
 * Bundles: a LAIN line standing for `koefisien` units of another pekerjaan of the same
 * project. Targets are checked on write; cycles and depth are checked by the calc engine
 * itself (analyzeProject), over the project's whole bundle graph, inside the transaction.
 */
import { z } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { analyzeProject, CalcError, type CalcPekerjaan } from "@/lib/calc";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/projects/not-found";
import type { Tx } from "@/lib/projects/transaction";
import { describePekerjaan } from "./repository";

interface BundleLine {
  kategori: string;
  bundlePekerjaanId?: string | null;
}

/** Every bundle line is LAIN (400) and points at a pekerjaan of this project (404). */
export async function assertBundleTargets(tx: Tx, projectId: string, lines: readonly BundleLine[]): Promise<void> {
  const bundles = lines.flatMap((line, index) => (line.bundlePekerjaanId ? [{ line, index }] : []));
  const notLain = bundles.find(({ line }) => line.kategori !== "LAIN");
  if (notLain) {
    throw ApiError.validation([{ path: `lines.${notLain.index}.kategori`, message: "Baris bundle harus berkategori LAIN." }]);
  }
  const targets = [...new Set(bundles.map(({ line }) => line.bundlePekerjaanId!))];
  const found = await tx.pekerjaan.findMany({ where: { id: { in: targets }, projectId }, select: { id: true } });
  const known = new Set(found.map((p) => p.id));
  const missing = bundles.find(({ line }) => !known.has(line.bundlePekerjaanId!));
  if (missing) throw notFound("pekerjaan", `lines.${missing.index}.bundlePekerjaanId`);
}

/**
 * Runs the engine's bundle checks on the project's bundle graph as written so far in `tx`.
 * A cycle or a chain deeper than MAX_BUNDLE_DEPTH is a 400 with the engine's message, at the
 * line of `pekerjaanId` that enters the offending chain. Only new bundle lines can add a
 * cycle or depth, so lines without bundles skip the check.
 */
export async function assertBundleGraph(tx: Tx, projectId: string, pekerjaanId: string, lines: readonly BundleLine[]): Promise<void> {
  if (!lines.some((line) => line.bundlePekerjaanId)) return;
  const edges = await tx.pekerjaanLine.findMany({
    where: { projectId, bundlePekerjaanId: { not: null } },
    select: { pekerjaanId: true, bundlePekerjaanId: true },
  });
  const error = bundleGraphError(edges.map((e) => ({ from: e.pekerjaanId, to: e.bundlePekerjaanId! })));
  if (!error) return;
  const at = error.chain.indexOf(pekerjaanId);
  const next = at >= 0 ? error.chain[at + 1] : undefined;
  const index = next === undefined ? -1 : lines.findIndex((line) => line.bundlePekerjaanId === next);
  throw ApiError.validation([{ path: index >= 0 ? `lines.${index}.bundlePekerjaanId` : "lines", message: error.message }], error.message);
}

/**
 * The engine's own bundle checks (cycles, depth ≤ MAX_BUNDLE_DEPTH) on a bundle graph given as
 * edges pekerjaan → bundled pekerjaan: the engine's CalcError, or null when the graph is sound.
 */
export function bundleGraphError(edges: readonly { from: string; to: string }[]): CalcError | null {
  const graph = new Map<string, CalcPekerjaan>();
  const node = (id: string) => graph.get(id) ?? graph.set(id, { id, volume: 0, lines: [] }).get(id)!;
  for (const edge of edges) {
    node(edge.to);
    node(edge.from).lines.push({ kategori: "LAIN", kode: "", koefisien: 1, bundlePekerjaanId: edge.to });
  }
  try {
    analyzeProject({ pekerjaan: [...graph.values()], prices: new Map(), overheadProfitPercent: 0 });
    return null;
  } catch (error) {
    if (error instanceof CalcError) return error;
    throw error;
  }
}

const BUNDLE_USER_ROW = z.strictObject({ id: z.string(), kode: z.string().nullable(), uraian: z.string() });

/**
 * Deletes pekerjaan (with their lines), refusing with 409 while a pekerjaan outside the set
 * still uses one of them as a bundle, and naming those users.
 */
export async function deletePekerjaanSet(tx: Tx, projectId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const users = await queryRows(
    tx,
    "pekerjaan.bundleUsers",
    BUNDLE_USER_ROW,
    Prisma.sql`
    SELECT DISTINCT u.id, u.kode, u.uraian
    FROM "PekerjaanLine" l JOIN "Pekerjaan" u ON u.id = l."pekerjaanId"
    WHERE l."projectId" = ${projectId}::uuid
      AND l."bundlePekerjaanId" = ANY(${ids}::uuid[])
      AND NOT (l."pekerjaanId" = ANY(${ids}::uuid[]))
    ORDER BY u.uraian`,
  );
  if (users.length > 0) {
    const names = users.map(describePekerjaan).join("; ");
    throw ApiError.conflict(`Pekerjaan masih dipakai sebagai bundle oleh: ${names}. Hapus baris bundle tersebut dahulu.`, {
      usedBy: users,
    });
  }
  // Lines first: a bundle line between two doomed pekerjaan would trip the RESTRICT key
  // if the cascade happened to reach its target before the line itself.
  await tx.pekerjaanLine.deleteMany({ where: { pekerjaanId: { in: [...ids] } } });
  await tx.pekerjaan.deleteMany({ where: { id: { in: [...ids] }, projectId } });
}
