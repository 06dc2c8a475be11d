/**
 * What the server pages pick out of the List Pekerjaan tree before handing it to a client
 * component: the selected pekerjaan, and the slim groups a pekerjaan picker lists.
 */
import { letters, roman } from "@/lib/format/numbering";
import type { PickerGroup, ProjectTreeView, TreePekerjaanView } from "./types";

/** The pekerjaan of `tree` named by `requested`, else the first one; null for an empty tree. */
export function pickPekerjaan(tree: ProjectTreeView, requested: string | undefined): TreePekerjaanView | null {
  const all = tree.klasifikasi.flatMap((k) => k.subKlasifikasi.flatMap((s) => s.pekerjaan));
  return all.find((p) => p.id === requested) ?? all[0] ?? null;
}

export function pickerGroups(tree: ProjectTreeView): PickerGroup[] {
  return tree.klasifikasi.flatMap((k, ki) =>
    k.subKlasifikasi.map((s, si) => ({
      id: s.id,
      label: `${roman(ki + 1)}.${letters(si + 1)} ${k.name} › ${s.name}`,
      pekerjaan: s.pekerjaan.map(({ id, kode, uraian, satuan }) => ({ id, kode, uraian, satuan })),
    })),
  );
}
