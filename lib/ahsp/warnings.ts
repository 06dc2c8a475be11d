import Decimal from "decimal.js";
import { canonicalDecimal } from "./decimal-text";
import type { AhspItem, AhspLine, AhspImportWarning } from "./types";

/**
 * Data-quality checks on parsed items. They never change the data: each finding becomes
 * a warning the user reviews, because every one of them also occurs legitimately.
 */

/** 100 OH of labour per unit of work is implausible; 17415 for 17,415 is the usual cause. */
export const LABOUR_KOEFISIEN_LIMIT = new Decimal(100);

/** lineRows[itemIndex][lineIndex] = source row, when the items came from a file. */
export type LineRows = readonly (readonly number[])[];

function resourceName(uraian: string): string {
  return uraian
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function withRow(warning: AhspImportWarning, row: number | undefined): AhspImportWarning {
  if (row !== undefined) warning.row = row;
  return warning;
}

function lineWarnings(item: AhspItem, rows: readonly number[] | undefined): AhspImportWarning[] {
  const out: AhspImportWarning[] = [];
  item.lines.forEach((line, j) => {
    const koefisien = new Decimal(line.koefisien);
    const row = rows?.[j];
    if (koefisien.isZero()) {
      out.push(
        withRow({ type: "KOEFISIEN_ZERO", kode: item.kode, message: `Koefisien ${line.uraianItem} (${line.kodeItem}) bernilai 0.` }, row),
      );
    } else if (line.kategori === "TK" && koefisien.gte(LABOUR_KOEFISIEN_LIMIT)) {
      out.push(
        withRow(
          {
            type: "LABOUR_KOEFISIEN_HIGH",
            kode: item.kode,
            message: `Koefisien tenaga kerja ${line.uraianItem} = ${line.koefisien} OH per satuan; kemungkinan pemisah desimal hilang.`,
          },
          row,
        ),
      );
    }
  });
  return out;
}

/**
 * A resource counts as repeated when its kodeItem or its name (ignoring case, spacing and
 * punctuation) was already used in the item: source apps give one resource several codes
 * (TK-0021 and TK-0022 are both "Tukang besi/besi beton" in the national list).
 */
function repeatedResourceWarnings(item: AhspItem, rows: readonly number[] | undefined): AhspImportWarning[] {
  const out: AhspImportWarning[] = [];
  const byKode = new Map<string, AhspLine>();
  const byName = new Map<string, AhspLine>();
  item.lines.forEach((line, j) => {
    const name = resourceName(line.uraianItem);
    const earlier = byKode.get(line.kodeItem) ?? (name ? byName.get(name) : undefined);
    if (earlier) {
      const same = earlier.kodeItem === line.kodeItem ? "" : ` (sudah ada sebagai ${earlier.kodeItem})`;
      out.push(
        withRow(
          {
            type: "REPEATED_RESOURCE",
            kode: item.kode,
            message: `Sumber daya "${line.uraianItem}" (${line.kodeItem}) muncul lebih dari sekali dalam item ${item.kode}${same}.`,
          },
          rows?.[j],
        ),
      );
    }
    if (!byKode.has(line.kodeItem)) byKode.set(line.kodeItem, line);
    if (name && !byName.has(name)) byName.set(name, line);
  });
  return out;
}

function itemWarnings(item: AhspItem, rows: readonly number[] | undefined): AhspImportWarning[] {
  const out: AhspImportWarning[] = [];
  const firstRow = rows?.[0];
  if (item.satuan === "") {
    out.push(withRow({ type: "EMPTY_UNIT", kode: item.kode, message: `Satuan item ${item.kode} kosong.` }, firstRow));
  }
  if (item.lines.length > 0 && !item.lines.some((l) => l.kategori === "TK")) {
    out.push(withRow({ type: "NO_TK_LINE", kode: item.kode, message: `Item ${item.kode} tidak punya baris tenaga kerja (TK).` }, firstRow));
  }
  return out;
}

/** kategori and koefisien of every line, in order: what a copied analysis keeps. */
function koefisienSignature(item: AhspItem): string {
  return item.lines.map((l) => `${l.kategori}:${canonicalDecimal(new Decimal(l.koefisien))}`).join("|");
}

/**
 * Two neighbouring items are suspicious twins when their (kategori, koefisien) sequences
 * match and their resources differ in none of the lines (a duplicated analysis) or in more
 * than one (koefisien copied onto a different analysis: the national list's 2.2.1.1.1
 * carries 2.2.1.1.2's). Exactly one differing resource is the normal size/type variant
 * ("Pipa PVC DN 1/2" next to "DN 3/4"): same labour, a different product.
 */
function differingResources(a: AhspItem, b: AhspItem): number {
  let count = 0;
  a.lines.forEach((line, j) => {
    if (line.kodeItem !== b.lines[j]?.kodeItem) count++;
  });
  return count;
}

function neighbourWarning(item: AhspItem, other: AhspItem, row: number | undefined): AhspImportWarning {
  const differ = differingResources(item, other);
  const message =
    differ === 0
      ? `Analisa item ${item.kode} identik dengan item tetangganya ${other.kode} (sumber daya dan koefisien sama).`
      : `Semua koefisien item ${item.kode} sama dengan item tetangganya ${other.kode} walau ${differ} sumber daya berbeda; kemungkinan koefisien tersalin.`;
  return withRow({ type: "IDENTICAL_TO_NEIGHBOUR", kode: item.kode, relatedKode: other.kode, message }, row);
}

function neighbourWarnings(items: readonly AhspItem[], lineRows: LineRows | undefined): AhspImportWarning[][] {
  const signatures = items.map(koefisienSignature);
  const suspicious = (i: number): boolean => {
    const a = items[i];
    const b = items[i + 1];
    if (!a || !b || a.lines.length === 0 || signatures[i] !== signatures[i + 1]) return false;
    return differingResources(a, b) !== 1;
  };
  const out: AhspImportWarning[][] = items.map(() => []);
  for (let i = 0; i + 1 < items.length; i++) {
    if (!suspicious(i)) continue;
    const a = items[i] as AhspItem;
    const b = items[i + 1] as AhspItem;
    out[i]?.push(neighbourWarning(a, b, lineRows?.[i]?.[0]));
    out[i + 1]?.push(neighbourWarning(b, a, lineRows?.[i + 1]?.[0]));
  }
  return out;
}

/** All data-quality warnings for the items, item by item in file order. Linear time. */
export function collectItemWarnings(items: readonly AhspItem[], lineRows?: LineRows): AhspImportWarning[] {
  const neighbours = neighbourWarnings(items, lineRows);
  return items.flatMap((item, i) => {
    const rows = lineRows?.[i];
    return [...itemWarnings(item, rows), ...(neighbours[i] ?? []), ...lineWarnings(item, rows), ...repeatedResourceWarnings(item, rows)];
  });
}
