import "server-only";
import type { AhspLine } from "@/lib/ahsp/types";
import { db } from "@/lib/db/client";

/** One library item with its analysis lines, as the detail panel and API show it. */

export interface ItemRef {
  id: string;
  kode: string;
  uraian: string;
  satuan: string;
}

/** A stored line: the parsed line's fields, with the bundled item (if any) resolved to its id. */
export interface AhspItemLine extends Omit<AhspLine, "nestedKode"> {
  /** The item of the same edition this LAIN line bundles, when it names one. */
  nestedItem: ItemRef | null;
}

export interface AhspItemDetail extends ItemRef {
  citation: string | null;
  klasifikasi: string | null;
  subKlasifikasi: string | null;
  lineCount: number;
  edition: { id: string; name: string; citation: string | null };
  lines: AhspItemLine[];
  /** Items whose LAIN lines bundle this one. */
  nestedIn: ItemRef[];
}

const refSelect = { id: true, kode: true, uraian: true, satuan: true } as const;

export async function getAhspItem(id: string): Promise<AhspItemDetail | null> {
  const item = await db().ahspItem.findUnique({
    where: { id },
    select: {
      ...refSelect,
      citation: true,
      klasifikasi: true,
      subKlasifikasi: true,
      lineCount: true,
      edition: { select: { id: true, name: true, citation: true } },
      lines: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          kategori: true,
          kodeItem: true,
          uraianItem: true,
          satuanItem: true,
          koefisien: true,
          nestedItem: { select: refSelect },
        },
      },
      nestedIn: { select: { item: { select: refSelect } }, orderBy: { item: { position: "asc" } } },
    },
  });
  if (!item) return null;
  const { lines, nestedIn, ...rest } = item;
  return {
    ...rest,
    lines: lines.map((line) => ({ ...line, koefisien: line.koefisien.toFixed() })),
    nestedIn: uniqueById(nestedIn.map((n) => n.item)),
  };
}

/** An item that bundles this one on two lines is listed once. */
function uniqueById(refs: ItemRef[]): ItemRef[] {
  return [...new Map(refs.map((ref) => [ref.id, ref])).values()];
}
