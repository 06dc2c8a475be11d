/**
 * Plain tables as XLSX for the dashboard (the project list, the upload template): a bold,
 * frozen header row with an autofilter, numbers as numbers with the reports' formats
 * (lib/exports/cells.ts), dates as date cells, text always as text (never a formula).
 */
import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Decimal } from "@/lib/calc";
import { XLSX_FORMATS } from "@/lib/exports/cells";
import { fromIsoDate } from "./view";

export type XlsxKind = "text" | "money" | "integer" | "date";
export type XlsxCell = string | number | Decimal | null;

export interface XlsxSheet {
  name: string;
  columns: { header: string; kind: XlsxKind; width: number }[];
  rows: XlsxCell[][];
}

const FORMATS: Record<Exclude<XlsxKind, "text">, string> = { money: XLSX_FORMATS.money, integer: XLSX_FORMATS.integer, date: "dd/mm/yyyy" };

export async function tablesXlsx(title: string, sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = "RAB AHSP";
  workbook.title = title;
  for (const sheet of sheets) writeSheet(workbook, sheet);
  await workbook.commit();
  return Buffer.concat(chunks);
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, { name, columns, rows }: XlsxSheet): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ width: c.width, style: c.kind === "text" ? {} : { numFmt: FORMATS[c.kind] } }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for (const cells of rows) ws.addRow(cells.map((cell, i) => cellValue(cell, columns[i]!.kind))).commit();
  ws.commit();
}

/** A Decimal becomes a JS number only here, at the file's edge (as lib/exports/xlsx.ts does). */
function cellValue(cell: XlsxCell, kind: XlsxKind): ExcelJS.CellValue {
  if (cell === null) return null;
  if (kind === "text") return String(cell);
  if (kind === "date" && typeof cell === "string") return fromIsoDate(cell);
  return typeof cell === "object" ? cell.toNumber() : Number(cell);
}
