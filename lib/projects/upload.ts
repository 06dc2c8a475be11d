/**
 * POST /projects/upload: new projects from a file, one per row (README "Dasbor proyek").
 * multipart/form-data with `file` and `mode`:
 * - `preview` (default) writes nothing: every row, valid (with the project it makes) or not
 *   (with each problem, its column and its spreadsheet row number), and a `token` naming the file;
 * - `commit` with that `token` and the same file creates every valid row's project in one
 *   transaction, with an audit entry each saying it came from the upload. A different file
 *   (409), or one without a valid row (422), creates nothing.
 */
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { isFileError } from "@/lib/ahsp";
import { fileApiError, readMultipartUpload } from "@/lib/api/upload";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/kernel/errors";
import { zodFieldErrors } from "@/lib/kernel/zod";
import { newProjectData } from "./service";
import type { ProjectUploadCommitted, ProjectUploadPreview } from "./types";
import { parseProjectUpload, type UploadFile } from "./upload-file";
import { MAX_PROJECT_UPLOAD_BYTES } from "./upload-limits";

const uploadFields = z.strictObject({
  mode: z.enum(["preview", "commit"], { error: "Mode harus preview atau commit." }).default("preview"),
  token: z.string().max(100).optional(),
});

export async function uploadProjects(userId: string, req: Request): Promise<ProjectUploadPreview | ProjectUploadCommitted> {
  const upload = await readMultipartUpload(req, MAX_PROJECT_UPLOAD_BYTES);
  const fields = uploadFields.safeParse(upload.fields);
  if (!fields.success) throw ApiError.validation(zodFieldErrors(fields.error));
  const file = await parseProjectUpload(upload.file);
  if (isFileError(file)) throw fileApiError(file);
  const token = createHash("sha256").update(upload.file).digest("hex");
  if (fields.data.mode === "preview") return previewOf(file, token);
  if (fields.data.token !== token) {
    throw ApiError.conflict("Berkas berbeda dari berkas yang dipratinjau. Pratinjau ulang sebelum membuat proyek.", {
      fields: [{ path: "token", message: "Token tidak cocok dengan berkas." }],
    });
  }
  return commit(userId, file);
}

function previewOf(file: UploadFile, token: string): ProjectUploadPreview {
  const valid = file.rows.filter((r) => r.valid).length;
  return { token, format: file.format, counts: { rows: file.rows.length, valid, invalid: file.rows.length - valid }, rows: file.rows };
}

async function commit(userId: string, file: UploadFile): Promise<ProjectUploadCommitted> {
  const valid = file.rows.flatMap((r) => (r.valid ? [r] : []));
  if (valid.length === 0) {
    throw new ApiError("VALIDATION_ERROR", "Tidak ada baris yang valid: tidak ada proyek yang dibuat.", {
      fields: [{ path: "file", message: "Perbaiki baris yang ditandai, lalu unggah ulang." }],
    });
  }
  const created = await db().$transaction(
    async (tx) => {
      // Ids chosen here: the answer pairs rows and projects without relying on the order RETURNING gives.
      const rows = valid.map((r) => ({ row: r.row, id: randomUUID(), name: r.project.name }));
      await tx.project.createMany({ data: valid.map((r, i) => ({ id: rows[i]!.id, ...newProjectData(userId, r.project) })) });
      for (const { row, id } of rows) {
        await recordAudit(
          tx,
          { projectId: id, userId },
          { entity: "project", entityId: id, action: "import", after: { source: "upload", row } },
        );
      }
      return rows;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  return { created, skippedRows: file.rows.filter((r) => !r.valid).map((r) => r.row) };
}
