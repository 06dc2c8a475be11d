/**
 * Reordering the List Pekerjaan tree on the client, mirroring what the API does (positions
 * are 0-based among siblings), so a move shows at once and a quick series of Alt+↑/↓
 * presses each starts from the previous one's result.
 */
import type { ProjectTreeView } from "@/lib/rekap/types";

export type Tree = ProjectTreeView;
export type TreeKlasifikasi = Tree["klasifikasi"][number];
export type TreeSub = TreeKlasifikasi["subKlasifikasi"][number];
export type TreePekerjaan = TreeSub["pekerjaan"][number];

export interface PekerjaanTarget {
  subKlasifikasiId: string;
  position: number;
}

/** `list` with the item at `from` moved to index `to` (clamped). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}

function allSubs(tree: Tree): TreeSub[] {
  return tree.klasifikasi.flatMap((k) => k.subKlasifikasi);
}

/**
 * Where Alt+↑/↓ takes a pekerjaan: one place up or down in its sub-klasifikasi, and past
 * either end into the neighbouring sub-klasifikasi (the end of the one above, the start of
 * the one below), so keyboard users can move work items across groups too.
 */
export function pekerjaanStep(tree: Tree, pekerjaanId: string, delta: -1 | 1): PekerjaanTarget | null {
  const subs = allSubs(tree);
  const subIndex = subs.findIndex((s) => s.pekerjaan.some((p) => p.id === pekerjaanId));
  const sub = subs[subIndex];
  if (!sub) return null;
  const next = sub.pekerjaan.findIndex((p) => p.id === pekerjaanId) + delta;
  if (next >= 0 && next < sub.pekerjaan.length) return { subKlasifikasiId: sub.id, position: next };
  const neighbour = subs[subIndex + delta];
  if (!neighbour) return null;
  return { subKlasifikasiId: neighbour.id, position: delta < 0 ? neighbour.pekerjaan.length : 0 };
}

/** The tree with pekerjaan `id` at `target` (the API's PATCH {subKlasifikasiId, position}). */
export function movePekerjaan(tree: Tree, id: string, target: PekerjaanTarget): Tree {
  const moving = allSubs(tree)
    .flatMap((s) => s.pekerjaan)
    .find((p) => p.id === id);
  if (!moving) return tree;
  return mapSubs(tree, (sub) => {
    const without = sub.pekerjaan.filter((p) => p.id !== id);
    if (sub.id !== target.subKlasifikasiId) return without.length === sub.pekerjaan.length ? sub : { ...sub, pekerjaan: without };
    const pekerjaan = [...without];
    pekerjaan.splice(Math.min(target.position, pekerjaan.length), 0, moving);
    return { ...sub, pekerjaan };
  });
}

export function moveKlasifikasi(tree: Tree, id: string, position: number): Tree {
  const from = tree.klasifikasi.findIndex((k) => k.id === id);
  return from < 0 ? tree : { klasifikasi: moveItem(tree.klasifikasi, from, position) };
}

export function moveSub(tree: Tree, klasifikasiId: string, id: string, position: number): Tree {
  return {
    klasifikasi: tree.klasifikasi.map((k) => {
      const from = k.subKlasifikasi.findIndex((s) => s.id === id);
      return k.id !== klasifikasiId || from < 0 ? k : { ...k, subKlasifikasi: moveItem(k.subKlasifikasi, from, position) };
    }),
  };
}

function mapSubs(tree: Tree, fn: (sub: TreeSub) => TreeSub): Tree {
  return { klasifikasi: tree.klasifikasi.map((k) => ({ ...k, subKlasifikasi: k.subKlasifikasi.map(fn) })) };
}

/** The List Pekerjaan editor's rows, top to bottom; `key` is also the row's DOM id. */
export type EditorRow =
  | { type: "klasifikasi"; key: string; k: TreeKlasifikasi; ki: number }
  | { type: "sub"; key: string; k: TreeKlasifikasi; s: TreeSub; si: number }
  | { type: "pekerjaan"; key: string; k: TreeKlasifikasi; s: TreeSub; p: TreePekerjaan; pi: number }
  | { type: "empty-sub"; key: string; s: TreeSub }
  | { type: "add-sub"; key: string; k: TreeKlasifikasi };

export type NodeKind = "klasifikasi" | "sub" | "pekerjaan";

export const nodeDomId: Record<NodeKind, (id: string) => string> = {
  klasifikasi: (id: string) => `k-${id}`,
  sub: (id: string) => `s-${id}`,
  pekerjaan: (id: string) => `p-${id}`,
};

/** Rows top to bottom; `editable` adds the "Tambah sub-klasifikasi" row under each klasifikasi. */
export function editorRows(tree: Tree, editable = true): EditorRow[] {
  return tree.klasifikasi.flatMap((k, ki): EditorRow[] => [
    { type: "klasifikasi", key: nodeDomId.klasifikasi(k.id), k, ki },
    ...k.subKlasifikasi.flatMap((s, si): EditorRow[] => [
      { type: "sub", key: nodeDomId.sub(s.id), k, s, si },
      ...s.pekerjaan.map((p, pi): EditorRow => ({ type: "pekerjaan", key: nodeDomId.pekerjaan(p.id), k, s, p, pi })),
      ...(s.pekerjaan.length === 0 ? [{ type: "empty-sub" as const, key: `empty-${s.id}`, s }] : []),
    ]),
    ...(editable ? [{ type: "add-sub" as const, key: `add-${k.id}`, k }] : []),
  ]);
}
