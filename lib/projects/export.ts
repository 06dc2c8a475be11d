/**
 * The dashboard's files: the filtered project list as XLSX (GET /projects/export, the list's
 * filters and sort, every page), and the upload template (GET /projects/upload/template).
 */
import "server-only";
import { db } from "@/lib/db/client";
import { contentDisposition, exportFileName } from "@/lib/exports/filename";
import { ApiError } from "@/lib/kernel/errors";
import { formatInteger } from "@/lib/format/number";
import { ROLE_LABELS } from "./roles";
import type { ListProjectsQuery } from "./schemas";
import { listedItems } from "./service";
import { projectLastDay, STATUS_LABELS, todayWib } from "./status";
import { UPLOAD_COLUMNS } from "./upload-file";
import { MAX_PROJECT_UPLOAD_ROWS } from "./upload-limits";
import { projectWhere } from "./where";
import { tablesXlsx, type XlsxSheet } from "./xlsx";

/** Rows of one list export: ten times the upload's bound, a few hundred KB of XLSX. */
export const MAX_EXPORT_PROJECTS = 5_000;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function exportProjectList(
  userId: string,
  query: Omit<ListProjectsQuery, "page" | "pageSize">,
  now = new Date(),
): Promise<Response> {
  const today = todayWib(now);
  const field = query.sort.replace(/^-/, "");
  const rows = await db().project.findMany({
    where: projectWhere(userId, query, today),
    orderBy: [{ [field]: query.sort.startsWith("-") ? "desc" : "asc" }, { id: "asc" }],
    take: MAX_EXPORT_PROJECTS + 1,
  });
  if (rows.length > MAX_EXPORT_PROJECTS) {
    throw ApiError.conflict(`Maksimal ${formatInteger(MAX_EXPORT_PROJECTS)} proyek per unduhan. Persempit filter.`, {
      max: MAX_EXPORT_PROJECTS,
    });
  }
  const items = await listedItems(userId, rows, today);
  const sheet: XlsxSheet = {
    name: "Proyek",
    columns: [
      { header: "Nama proyek", kind: "text", width: 40 },
      { header: "Lokasi", kind: "text", width: 24 },
      { header: "Pemberi tugas", kind: "text", width: 24 },
      { header: "Sumber dana", kind: "text", width: 16 },
      { header: "Tahun anggaran", kind: "integer", width: 10 },
      { header: "Tanggal mulai", kind: "date", width: 13 },
      { header: "Tanggal selesai", kind: "date", width: 13 },
      { header: "Durasi (hari)", kind: "integer", width: 10 },
      { header: "Status", kind: "text", width: 18 },
      { header: "Peran saya", kind: "text", width: 12 },
      { header: "Pagu anggaran (Rp)", kind: "money", width: 20 },
      { header: "Total RAB, PPN termasuk (Rp)", kind: "money", width: 22 },
      { header: "Pembulatan (Rp)", kind: "money", width: 20 },
      { header: "Diarsipkan", kind: "text", width: 10 },
    ],
    rows: items.map((p) => [
      p.name,
      p.location,
      p.client,
      p.fundingSource,
      p.fiscalYear,
      p.startDate,
      projectLastDay(p.startDate, p.durationDays),
      p.durationDays,
      STATUS_LABELS[p.status],
      ROLE_LABELS[p.role],
      p.ownerBudget,
      p.total,
      p.pembulatan,
      p.archivedAt ? "ya" : "tidak",
    ]),
  };
  return xlsxResponse(await tablesXlsx("Daftar proyek", [sheet]), exportFileName("Daftar-Proyek", "semua", "xlsx", now));
}

export async function uploadTemplate(): Promise<Response> {
  const projects: XlsxSheet = {
    name: "Proyek",
    columns: UPLOAD_COLUMNS.map((c) => ({
      header: c.header,
      kind:
        c.key === "startDate"
          ? "date"
          : c.key === "ownerBudget"
            ? "money"
            : c.key === "durationDays" || c.key === "fiscalYear"
              ? "integer"
              : "text",
      width: c.key === "name" || c.key === "description" ? 40 : 18,
    })),
    rows: [["Contoh: Rehabilitasi Gedung Kantor Desa", "Kab. Bandung", "Dinas PUPR", "APBD", 2026, "2026-03-02", 120, "1250000000", ""]],
  };
  const guide: XlsxSheet = {
    name: "Petunjuk",
    columns: [
      { header: "Kolom", kind: "text", width: 18 },
      { header: "Isi", kind: "text", width: 70 },
    ],
    rows: [
      ...UPLOAD_COLUMNS.map((c) => [c.header, c.note]),
      ["", `Satu baris per proyek, maksimal ${formatInteger(MAX_PROJECT_UPLOAD_ROWS)} baris. Hapus baris contoh sebelum mengunggah.`],
    ],
  };
  return xlsxResponse(await tablesXlsx("Templat unggah proyek", [projects, guide]), "Templat-Unggah-Proyek.xlsx");
}

function xlsxResponse(body: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": contentDisposition(fileName),
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
    },
  });
}
