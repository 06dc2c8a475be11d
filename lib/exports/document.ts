/**
 * The neutral shape of an exported document. Each report (lib/exports/reports) builds one
 * ReportDocument from lib/rekap / lib/jadwal data; the XLSX, PDF and CSV renderers turn the
 * same document into their format, so a report's content is defined once and the three files
 * can not drift apart.
 */
import type { Decimal } from "@/lib/calc";

/** How a column's values are written: text, or a number with its id-ID display precision. */
export type ColumnKind = "text" | "money" | "quantity" | "koefisien" | "percent" | "integer";

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Width in spreadsheet characters; the PDF scales the widths of a table to its page. */
  width: number;
}

/** Text, an exact number (converted to a JS number only when a renderer writes it), or empty. */
export type Cell = string | Decimal | null;

/**
 * item: a data row; group/subgroup: a heading row of the tree (bold); total: a summary row
 * (bold, ruled above); note: free text spanning the table (terbilang, remarks).
 */
export type RowStyle = "item" | "group" | "subgroup" | "total" | "note";

/** The spreadsheet address of a cell of another row (by its key), e.g. "G12" or "'RAB'!G12". */
export type CellRef = (rowKey: string, column: number) => string;

export interface Row {
  style: RowStyle;
  /** One per column of the table. */
  cells: Cell[];
  /** Lets other rows' formulas refer to this row. Unique within a document. */
  key?: string;
  /** Cells merged into one: columns `from`..`to` show the cell at `from`. */
  merge?: { from: number; to: number };
  /**
   * XLSX only: live formulas by column index (without "="). The cell's value stays the cached
   * result, so readers that do not calculate still show the right number.
   */
  formulas?: Record<number, (ref: CellRef) => string>;
}

export interface Table {
  /** The worksheet's name (≤ 31 characters, unique in the document). */
  sheet: string;
  /** The heading printed above the table. */
  title: string;
  columns: Column[];
  rows: Row[];
  /**
   * Leading columns repeated on every PDF page when the table is too wide for one page (the
   * weeks of a jadwal continue on the next pages beside the same No / Uraian columns).
   */
  repeatColumns?: number;
  /** Part of the CSV file (only the report's main data are; the rest is print layout). */
  csv?: boolean;
}

/** The document's header block (every page set starts with it). */
export interface DocumentHeader {
  projectName: string;
  location: string;
  client: string;
  fiscalYear: string;
  fundingSource: string;
  /** The export's date, id-ID long form ("5 Januari 2026"). */
  date: string;
}

export interface Signature {
  /** e.g. "Pemilik pekerjaan / PPK". */
  role: string;
  name: string;
  title: string;
}

/** A line chart (the Kurva S): percent values per point, null where a series has no value. */
export interface LineChart {
  title: string;
  /** The table holding the chart's data: the XLSX shows the chart as a picture beside it. */
  sheet: string;
  labels: string[];
  series: { name: string; color: string; values: (number | null)[] }[];
  yMax: number;
}

export interface ReportDocument {
  /** "REKAPITULASI RENCANA ANGGARAN BIAYA" and the like. */
  title: string;
  page: { size: "A4" | "A3"; orientation: "portrait" | "landscape" };
  header: DocumentHeader;
  tables: Table[];
  signatures: Signature[];
  /** Drawn after the tables in the PDF, beside its data table in the XLSX. */
  chart?: LineChart;
  /**
   * The file's creation time in its metadata; the rendering's time when absent. A version's
   * documents carry the version's, so downloading one twice gives the same bytes.
   */
  createdAt?: Date;
}
