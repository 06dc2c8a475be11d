import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/kernel/errors";
import { money } from "@/lib/kernel/decimal";
import { KATEGORI_LIST, type Kategori } from "@/lib/calc";
import { queryRows } from "@/lib/db/rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/projects/not-found";
import { requireFound, type Tx } from "@/lib/projects/transaction";
import type { HargaItemFields, HargaItemView } from "./types";

/** HargaItemFields as raw SQL selects them (kategori and harga as ::text), for queryRows. */
export const HARGA_ITEM_FIELDS_ROW = z.strictObject({
  id: z.string(),
  kategori: z.enum(KATEGORI_LIST),
  kode: z.string(),
  uraian: z.string(),
  satuan: z.string(),
  harga: z.string(),
}) satisfies z.ZodType<HargaItemFields>;

const HARGA_VIEW_ROW = HARGA_ITEM_FIELDS_ROW.extend({
  usedBy: z.number(),
  bundleOnly: z.boolean(),
  editVersion: z.number(),
}) satisfies z.ZodType<HargaItemView>;

/** The harga item `id` of the project, or 404. */
export function requireHargaItem(tx: Tx, projectId: string, id: string) {
  return requireFound(tx.hargaItem.findFirst({ where: { id, projectId } }), () => notFound("hargaItem"));
}

export interface ResourceRef {
  kategori: Kategori;
  kode: string;
  uraian: string;
  satuan: string;
  /** Request field blamed when the kode's kategori conflicts, e.g. "lines.2.kategori". */
  path: string;
}

/**
 * Links resources to the project's price list by kode and returns kode → harga item id.
 * - A new kode gets a harga item with harga 0 (the estimator prices it on Harga Items).
 * - A kode keeps its kategori for life in a project: a different one is a 400 at `path`,
 *   whether it clashes with the price list or with an earlier line of the same request.
 * - With `rename`, uraian/satuan typed on a line become the resource's name and unit
 *   project-wide (the price list holds one per kode); a snapshot leaves existing ones alone.
 */
export async function linkHargaItems(
  tx: Tx,
  projectId: string,
  resources: readonly ResourceRef[],
  options: { rename: boolean },
): Promise<Map<string, string>> {
  const wanted = firstPerKode(resources);
  const kodes = [...wanted.keys()];
  const existing = await tx.hargaItem.findMany({ where: { projectId, kode: { in: kodes } } });
  for (const item of existing) assertSameKategori(wanted.get(item.kode)!, item.kategori);

  const known = new Set(existing.map((item) => item.kode));
  const fresh = [...wanted.values()].filter((r) => !known.has(r.kode));
  await tx.hargaItem.createMany({
    data: fresh.map(({ kategori, kode, uraian, satuan }) => ({ projectId, kategori, kode, uraian, satuan })),
  });
  if (options.rename) {
    const renamed = existing.filter((item) => {
      const r = wanted.get(item.kode)!;
      return r.uraian !== item.uraian || r.satuan !== item.satuan;
    });
    await renameHargaItems(
      tx,
      renamed.map((item) => ({ id: item.id, ...wanted.get(item.kode)! })),
    );
  }
  const rows = await tx.hargaItem.findMany({ where: { projectId, kode: { in: kodes } }, select: { id: true, kode: true } });
  return new Map(rows.map((row) => [row.kode, row.id]));
}

function firstPerKode(resources: readonly ResourceRef[]): Map<string, ResourceRef> {
  const byKode = new Map<string, ResourceRef>();
  for (const r of resources) {
    const first = byKode.get(r.kode);
    if (first) assertSameKategori(r, first.kategori);
    else byKode.set(r.kode, r);
  }
  return byKode;
}

function assertSameKategori(r: ResourceRef, kategori: Kategori): void {
  if (r.kategori === kategori) return;
  const message = `Kode ${r.kode} sudah berkategori ${kategori} di proyek ini; kategori sebuah kode tidak dapat diubah (diminta ${r.kategori}).`;
  throw ApiError.validation([{ path: r.path, message }], message);
}

async function renameHargaItems(tx: Tx, items: { id: string; uraian: string; satuan: string }[]): Promise<void> {
  if (items.length === 0) return;
  await tx.$executeRaw`
    UPDATE "HargaItem" AS h SET uraian = v.uraian, satuan = v.satuan, "updatedAt" = now()
    FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.uraian)}::text[], ${items.map((i) => i.satuan)}::text[])
      AS v(id, uraian, satuan)
    WHERE h.id = v.id`;
}

const VERSION_ROW = z.strictObject({ id: z.string(), editVersion: z.number() });

/**
 * New prices in one statement (one contentRevision bump); harga as exact decimal strings, never
 * numbers. Returns id → the editVersion the trigger gave each row.
 */
export async function setHargaByIds(tx: Tx, updates: readonly { id: string; harga: string }[]): Promise<Map<string, number>> {
  if (updates.length === 0) return new Map();
  const rows = await queryRows(
    tx,
    "harga.setByIds",
    VERSION_ROW,
    Prisma.sql`
    UPDATE "HargaItem" AS h SET harga = v.harga, "updatedAt" = now()
    FROM unnest(${updates.map((u) => u.id)}::uuid[], ${updates.map((u) => u.harga)}::numeric[]) AS v(id, harga)
    WHERE h.id = v.id
    RETURNING h.id, h."editVersion"`,
  );
  return new Map(rows.map((row) => [row.id, row.editVersion]));
}

/** The resources with how the lines use them, in one statement: the one definition of usedBy and bundleOnly. */
export async function readHargaViews(
  tx: Tx,
  projectId: string,
  filter: { kategori?: Kategori; hargaItemIds?: readonly string[] },
): Promise<HargaItemView[]> {
  const rows = await queryRows(
    tx,
    "harga.views",
    HARGA_VIEW_ROW,
    Prisma.sql`
    SELECT h.id, h.kategori::text AS kategori, h.kode, h.uraian, h.satuan, h.harga::text AS harga, h."editVersion",
           count(DISTINCT l."pekerjaanId")::int AS "usedBy",
           coalesce(bool_and(l."bundlePekerjaanId" IS NOT NULL) FILTER (WHERE l.id IS NOT NULL), false) AS "bundleOnly"
    FROM "HargaItem" h LEFT JOIN "PekerjaanLine" l ON l."hargaItemId" = h.id
    WHERE h."projectId" = ${projectId}::uuid
      AND (${filter.kategori ?? null}::text IS NULL OR h.kategori::text = ${filter.kategori ?? null}::text)
      AND (${filter.hargaItemIds ?? null}::uuid[] IS NULL OR h.id = ANY(${filter.hargaItemIds ?? null}::uuid[]))
    GROUP BY h.id`,
  );
  return rows.map((row) => ({ ...row, harga: money(row.harga) }));
}
