import "server-only";
import { db } from "@/lib/db/client";
import type { AhspItemDetail, ItemRef } from "./types";

/** One library item with its analysis lines, as the detail panel and API show it. */

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
