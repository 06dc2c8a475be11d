import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { canonicalDecimal } from "./decimal-text";
import type { AhspItem } from "./types";

/** Bump when the hashed representation changes, so old hashes stop matching. */
const HASH_VERSION = "ahsp-items/v1";

function compareKode(a: AhspItem, b: AhspItem): number {
  // Code-unit order, not localeCompare: the hash must not depend on the server's locale.
  if (a.kode < b.kode) return -1;
  return a.kode > b.kode ? 1 : 0;
}

function itemRecord(item: AhspItem): unknown[] {
  return [
    item.kode,
    item.uraian,
    item.satuan,
    item.citation ?? "",
    item.klasifikasi ?? "",
    item.subKlasifikasi ?? "",
    item.lines.map((l) => [l.kategori, l.kodeItem, l.uraianItem, l.satuanItem, canonicalDecimal(new Decimal(l.koefisien))]),
  ];
}

/**
 * sha256 (hex) of the items' content, to recognise a re-import of the same library.
 * Items are taken in kode order (their order in the file carries no meaning); lines keep
 * their order (it is shown to users). Derived fields (position, nestedKode) are left out,
 * and koefisien are canonicalised, so "0.0400" and "0.04" hash alike.
 */
export function ahspContentHash(items: readonly AhspItem[]): string {
  const hash = createHash("sha256").update(`${HASH_VERSION}\n`);
  for (const item of [...items].sort(compareKode)) hash.update(`${JSON.stringify(itemRecord(item))}\n`);
  return hash.digest("hex");
}
