/**
 * Importing a price list into a project's Harga Items: a preview that writes nothing, then
 * an apply of the same file in one transaction. The preview's token names the project
 * contentRevision and the file it was computed from; an apply against anything else is a 409, so
 * what the user confirmed is exactly what gets written.
 */
import "server-only";
import { createHash } from "node:crypto";
import { money } from "@/lib/kernel/decimal";
import { ApiError } from "@/lib/kernel/errors";
import { withOldName } from "@/lib/kernel/renamed";
import { fileApiError, readMultipartUpload } from "@/lib/api/upload";
import { zodFieldErrors } from "@/lib/kernel/zod";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/projects/not-found";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { currentContentRevision } from "@/lib/rekap/load";
import { MAX_HARGA_FILE_BYTES } from "./import-limits";
import { parseHargaFile, type HargaFile } from "./import-file";
import { matchHargaFile, resolveUpdates, type HargaMatch, type RowChoice } from "./import-match";
import { setHargaByIds } from "./repository";
import { priceImportFields } from "./schemas";
import type { MatchTarget, HargaImportApplied, HargaImportPreview } from "./types";
import type { HargaImportCounts } from "./types";

/** Unmatched and invalid rows listed in an answer; their counts are always complete. */
const LISTED_ROWS_LIMIT = 1000;

/** POST …/harga-items/import: multipart with `file`, `mode`, `token`, `choices`. */
export async function importHargaItems(actor: ProjectActor, req: Request): Promise<HargaImportPreview | HargaImportApplied> {
  const upload = await readMultipartUpload(req, MAX_HARGA_FILE_BYTES);
  const parsedFields = priceImportFields.safeParse(upload.fields);
  if (!parsedFields.success) throw ApiError.validation(zodFieldErrors(parsedFields.error));
  const fields = parsedFields.data;
  const list = await readHargaFile(upload.file);
  const fileHash = createHash("sha256").update(upload.file).digest("hex");
  if (fields.mode === "preview") return previewHargaFile(actor.projectId, list, fileHash);
  return applyHargaFile(actor, list, { token: fields.token!, fileHash, choices: fields.choices });
}

async function readHargaFile(bytes: Uint8Array): Promise<HargaFile> {
  const result = await parseHargaFile(bytes);
  if (!result.ok) throw fileApiError(result.error);
  return result.list;
}

const tokenOf = (contentRevision: number, fileHash: string) => `${contentRevision}.${fileHash}`;

async function loadTargets(tx: Tx, projectId: string): Promise<MatchTarget[]> {
  const rows = await tx.hargaItem.findMany({
    where: { projectId },
    select: { id: true, kode: true, uraian: true, satuan: true, harga: true },
  });
  return rows.map((row) => ({ ...row, harga: money(row.harga) }));
}

function countsOf(list: HargaFile, match: HargaMatch): HargaImportCounts {
  return {
    rows: list.rows.length + list.invalid.length,
    matched: match.matched.length,
    changed: match.matched.filter((m) => m.changed).length,
    ambiguous: match.ambiguous.length,
    unmatched: match.unmatched.length,
    invalid: list.invalid.length,
  };
}

async function previewHargaFile(projectId: string, list: HargaFile, fileHash: string): Promise<HargaImportPreview> {
  // The contentRevision is read before the items: a write landing in between leaves the token
  // behind the data, so the apply answers 409 instead of writing against an unseen state.
  const contentRevision = await currentContentRevision(projectId);
  const match = matchHargaFile(list.rows, await loadTargets(db(), projectId));
  const preview: HargaImportPreview = {
    token: tokenOf(contentRevision, fileHash),
    contentRevision,
    format: list.format,
    ...(list.sheetName !== undefined && { sheetName: list.sheetName }),
    counts: countsOf(list, match),
    matched: match.matched,
    ambiguous: match.ambiguous,
    unmatched: match.unmatched.slice(0, LISTED_ROWS_LIMIT),
    invalid: list.invalid.slice(0, LISTED_ROWS_LIMIT),
  };
  return withOldName(preview, "contentRevision", "revision");
}

interface ApplyInput {
  token: string;
  fileHash: string;
  choices: RowChoice[];
}

async function contentRevisionIn(tx: Tx, projectId: string): Promise<number> {
  return (await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { contentRevision: true } })).contentRevision;
}

function assertFresh(token: string, contentRevision: number, fileHash: string): void {
  if (!token.endsWith(`.${fileHash}`)) {
    throw ApiError.conflict("Berkas berbeda dari berkas yang dipratinjau. Pratinjau ulang sebelum menerapkan.");
  }
  if (token !== tokenOf(contentRevision, fileHash)) {
    throw ApiError.conflict("Proyek telah berubah sejak pratinjau. Pratinjau ulang sebelum menerapkan.");
  }
}

/** A chosen id that is not a harga item of this project answers like a missing one. */
function assertKnownIds(choices: readonly RowChoice[], items: readonly MatchTarget[]): void {
  const ids = new Set(items.map((item) => item.id));
  const unknown = choices.findIndex((c) => c.hargaItemId !== null && !ids.has(c.hargaItemId));
  if (unknown >= 0) throw notFound("hargaItem", `choices.${unknown}.hargaItemId`);
}

function applyHargaFile(actor: ProjectActor, list: HargaFile, input: ApplyInput): Promise<HargaImportApplied> {
  return inProjectTransaction(actor, async (tx) => {
    assertFresh(input.token, await contentRevisionIn(tx, actor.projectId), input.fileHash);
    const items = await loadTargets(tx, actor.projectId);
    assertKnownIds(input.choices, items);
    const match = matchHargaFile(list.rows, items);
    const resolved = resolveUpdates(match, input.choices);
    if (!resolved.ok) throw ApiError.validation(resolved.problems, resolved.problems[0]!.message);
    const { updates, unchanged, skipped } = resolved.value;
    await setHargaByIds(
      tx,
      updates.map((u) => ({ id: u.item.id, harga: u.harga })),
    );
    // Also an apply that changed no price: the project's version moved, and the change feed names who applied.
    await recordAudit(tx, actor, {
      entity: "hargaItems",
      action: "update",
      before: updates.map((u) => ({ kode: u.item.kode, harga: u.item.harga })),
      after: updates.map((u) => ({ kode: u.item.kode, harga: u.harga })),
    });
    const applied: HargaImportApplied = {
      contentRevision: await contentRevisionIn(tx, actor.projectId),
      counts: countsOf(list, match),
      applied: { updated: updates.length, unchanged, skipped },
      items: updates.map((u) => ({
        hargaItemId: u.item.id,
        kode: u.item.kode,
        uraian: u.item.uraian,
        satuan: u.item.satuan,
        oldHarga: u.item.harga,
        newHarga: u.harga,
        rows: u.rows,
      })),
    };
    return withOldName(applied, "contentRevision", "revision");
  });
}
