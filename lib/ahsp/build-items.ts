import { mapKategori } from "./kategori";
import { readRow, type RowContext, type RowFields } from "./row-fields";
import { isBlankRow, type SheetRow } from "./sheet";
import type { AhspItem, AhspImportWarning, RejectedRow } from "./types";

/** Rows grouped into items, with the row bookkeeping the report needs. */
export interface BuiltItems {
  items: AhspItem[];
  /** Source row of every line: lineRows[itemIndex][lineIndex]. */
  lineRows: number[][];
  rejected: RejectedRow[];
  /** Items left out because some of their rows were rejected, in file order. */
  skippedKodes: string[];
  /** Grouping warnings (KODE_NOT_CONTIGUOUS, ITEM_FIELDS_DIFFER, KATEGORI_UNRECOGNISED). */
  warnings: AhspImportWarning[];
  /** Non-blank data rows. */
  rowCount: number;
}

interface Draft {
  kode: string;
  /** Set by the first accepted row; a draft can start from a rejected row. */
  item: AhspItem | null;
  lineRows: number[];
  hasRejectedRow: boolean;
  fieldsDifferWarned: boolean;
}

interface UnknownKategori {
  word: string;
  kode: string;
  row: number;
  count: number;
}

function newItem(fields: RowFields): AhspItem {
  // Optional fields are left out rather than set to "" so items compare cleanly.
  return {
    kode: fields.kode,
    uraian: fields.uraian,
    satuan: fields.satuan,
    ...(fields.citation && { citation: fields.citation }),
    ...(fields.klasifikasi && { klasifikasi: fields.klasifikasi }),
    ...(fields.subKlasifikasi && { subKlasifikasi: fields.subKlasifikasi }),
    lines: [],
  };
}

function itemFieldsDiffer(item: AhspItem, fields: RowFields): boolean {
  return (
    item.uraian !== fields.uraian ||
    item.satuan !== fields.satuan ||
    (item.citation ?? "") !== fields.citation ||
    (item.klasifikasi ?? "") !== fields.klasifikasi ||
    (item.subKlasifikasi ?? "") !== fields.subKlasifikasi
  );
}

/**
 * Groups data rows (below the header) into items by kode, keeping file order for items
 * and row order for lines. An item with any rejected row is left out whole: an analysis
 * missing a line would price silently wrong, while a missing item is visible.
 */
export function buildItems(rows: readonly SheetRow[], ctx: RowContext): BuiltItems {
  const drafts = new Map<string, Draft>();
  const rejected: RejectedRow[] = [];
  const warnings: AhspImportWarning[] = [];
  const unknownKategori = new Map<string, UnknownKategori>();
  const notContiguousWarned = new Set<string>();
  let previousKode: string | null = null;
  let rowCount = 0;

  const draftFor = (kode: string, row: number): Draft => {
    let draft = drafts.get(kode);
    if (!draft) {
      draft = { kode, item: null, lineRows: [], hasRejectedRow: false, fieldsDifferWarned: false };
      drafts.set(kode, draft);
    } else if (previousKode !== kode && !notContiguousWarned.has(kode)) {
      notContiguousWarned.add(kode);
      warnings.push({
        type: "KODE_NOT_CONTIGUOUS",
        kode,
        row,
        message: `Kode ${kode} muncul lagi setelah item lain; baris-barisnya tetap digabung ke item yang sama.`,
      });
    }
    previousKode = kode;
    return draft;
  };

  const addLine = (draft: Draft, fields: RowFields, row: number) => {
    if (!draft.item) draft.item = newItem(fields);
    else if (!draft.fieldsDifferWarned && itemFieldsDiffer(draft.item, fields)) {
      draft.fieldsDifferWarned = true;
      warnings.push({
        type: "ITEM_FIELDS_DIFFER",
        kode: draft.kode,
        row,
        message: `Uraian, satuan, atau referensi item ${draft.kode} berbeda antarbaris; nilai dari baris pertama yang dipakai.`,
      });
    }
    const match = mapKategori(fields.kategoriWord);
    if (!match.recognised) noteUnknownKategori(unknownKategori, fields, row);
    draft.item.lines.push({
      position: draft.item.lines.length + 1,
      kategori: match.kategori,
      kodeItem: fields.kodeItem,
      uraianItem: fields.uraianItem,
      satuanItem: fields.satuanItem,
      koefisien: fields.koefisien,
    });
    draft.lineRows.push(row);
  };

  for (const sheetRow of rows) {
    if (isBlankRow(sheetRow)) continue;
    rowCount++;
    const read = readRow(sheetRow, ctx);
    if (!read.ok) {
      const entry: RejectedRow = { row: sheetRow.row, reason: read.reasons.join("; ") };
      // A row without kode cannot be attributed to an item; it is only reported.
      if (read.kode) {
        entry.kode = read.kode;
        draftFor(read.kode, sheetRow.row).hasRejectedRow = true;
      }
      rejected.push(entry);
      continue;
    }
    addLine(draftFor(read.fields.kode, sheetRow.row), read.fields, sheetRow.row);
  }
  return finish(drafts, rejected, warnings, unknownKategori, rowCount);
}

function noteUnknownKategori(seen: Map<string, UnknownKategori>, fields: RowFields, row: number): void {
  const entry = seen.get(fields.kategoriWord);
  if (entry) entry.count++;
  else seen.set(fields.kategoriWord, { word: fields.kategoriWord, kode: fields.kode, row, count: 1 });
}

function finish(
  drafts: Map<string, Draft>,
  rejected: RejectedRow[],
  groupingWarnings: AhspImportWarning[],
  unknownKategori: Map<string, UnknownKategori>,
  rowCount: number,
): BuiltItems {
  const items: AhspItem[] = [];
  const lineRows: number[][] = [];
  const skippedKodes: string[] = [];
  for (const draft of drafts.values()) {
    if (draft.hasRejectedRow || !draft.item) {
      skippedKodes.push(draft.kode);
      continue;
    }
    items.push(draft.item);
    lineRows.push(draft.lineRows);
  }
  const skipped = new Set(skippedKodes);
  const warnings = groupingWarnings.filter((w) => !skipped.has(w.kode));
  for (const u of unknownKategori.values()) {
    warnings.push({
      type: "KATEGORI_UNRECOGNISED",
      kode: u.kode,
      row: u.row,
      message: `Kategori "${u.word}" tidak dikenal dan dibaca sebagai LAIN (${u.count} baris).`,
    });
  }
  return { items, lineRows, rejected, skippedKodes, warnings, rowCount };
}
