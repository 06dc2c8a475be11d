import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { assertEditVersion } from "@/lib/kernel/edit-version";
import { withOldName } from "@/lib/kernel/renamed";
import { koefisienText, percentText, volumeText } from "@/lib/kernel/decimal";
import { type Pekerjaan, PekerjaanSource } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/projects/not-found";
import { requireFound, type Tx } from "@/lib/projects/transaction";
import type { PekerjaanDetail, PekerjaanFields } from "./types";

/** The pekerjaan `id` of the project, or 404. */
export function requirePekerjaan(tx: Tx, projectId: string, id: string): Promise<Pekerjaan> {
  return requireFound(tx.pekerjaan.findFirst({ where: { id, projectId } }), () => notFound("pekerjaan"));
}

/**
 * A `ref` pekerjaan is the library's analysis as published: its lines and header are
 * read-only until the estimator converts it to `ref_modified` (POST …/convert). Editing it
 * is a 409 (the request is fine, the pekerjaan's current state forbids it).
 */
export function assertEditable(pekerjaan: Pick<Pekerjaan, "source">): void {
  if (pekerjaan.source !== "ref") return;
  throw ApiError.conflict(
    "Pekerjaan dari referensi AHSP bersifat hanya-baca. Konversi menjadi ref_modified (POST …/convert) untuk mengubahnya.",
    { reason: "REF_READ_ONLY" },
  );
}

/** How messages name a pekerjaan: "2.2.1.4 Galian tanah…", or the uraian alone. */
export function describePekerjaan(p: { kode: string | null; uraian: string }): string {
  return p.kode ? `${p.kode} ${p.uraian}` : p.uraian;
}

/** A stale `editVersion` from the lines editor is a 409: someone else saved in between. */
export function assertPekerjaanEditVersion(pekerjaan: Pick<Pekerjaan, "editVersion">, editVersion: number | undefined): void {
  assertEditVersion(
    pekerjaan.editVersion,
    editVersion,
    "Analisa pekerjaan ini telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.",
  );
}

/** PekerjaanFields as raw SQL selects them (decimals as ::text), for queryRows. */
export const PEKERJAAN_FIELDS_ROW = z.strictObject({
  id: z.string(),
  subKlasifikasiId: z.string(),
  position: z.number(),
  source: z.enum(PekerjaanSource),
  kode: z.string().nullable(),
  uraian: z.string(),
  satuan: z.string(),
  volume: z.string(),
  volumeFormula: z.string().nullable(),
  overheadProfitPercent: z.string().nullable(),
  editVersion: z.number(),
}) satisfies z.ZodType<PekerjaanFields>;

/** A pekerjaan with its lines, as the Analisa editor reads and writes them. */
export async function readPekerjaan(tx: Tx, projectId: string, id: string): Promise<PekerjaanDetail> {
  const p = await requireFound(
    tx.pekerjaan.findFirst({
      where: { id, projectId },
      include: {
        lines: {
          orderBy: { position: "asc" },
          select: {
            koefisien: true,
            bundlePekerjaanId: true,
            hargaItem: { select: { kategori: true, kode: true, uraian: true, satuan: true } },
          },
        },
      },
    }),
    () => notFound("pekerjaan"),
  );
  const detail: PekerjaanDetail = {
    id: p.id,
    subKlasifikasiId: p.subKlasifikasiId,
    position: p.position,
    source: p.source,
    ahspItemId: p.ahspItemId,
    ahspEdition: p.ahspEdition,
    kode: p.kode,
    uraian: p.uraian,
    satuan: p.satuan,
    volume: volumeText(p.volume),
    volumeFormula: p.volumeFormula,
    overheadProfitPercent: p.overheadProfitPercent === null ? null : percentText(p.overheadProfitPercent),
    editVersion: p.editVersion,
    lines: p.lines.map((line) => ({
      ...line.hargaItem,
      koefisien: koefisienText(line.koefisien),
      bundlePekerjaanId: line.bundlePekerjaanId,
    })),
  };
  return withOldName(detail, "editVersion", "version");
}
