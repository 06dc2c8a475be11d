/**
 * Harga Items: the project's price list, one price per resource (kode), the same price
 * wherever the resource is used. Price changes are audited in their transaction.
 */
import "server-only";
import { ApiError } from "@/lib/kernel/errors";
import { assertRowVersions, type RowVersion } from "@/lib/kernel/edit-version";
import { money, toDbDecimal } from "@/lib/kernel/decimal";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { KATEGORI_LIST, type Kategori } from "@/lib/calc";
import { inProjectTransaction, type ProjectActor, type Tx } from "@/lib/projects/transaction";
import { readHargaViews, requireHargaItem, setHargaByIds } from "./repository";
import type { UpdateHargaInput, UpdateHargaItemInput } from "./schemas";
import type { HargaItemView } from "./types";
import type { HargaItemFields } from "./types";

/** A resource as stored: harga as Prisma's Decimal or PostgreSQL's numeric text. */
type StoredHarga = Omit<HargaItemFields, "harga"> & { harga: { toString(): string } };

const kodeOrder = new Intl.Collator("en", { numeric: true });

/** Sorted by kategori (TK, BHN, ALT, LAIN), then kode numeric-aware, like Rekap Kebutuhan. */
export async function listHargaItems(projectId: string, filter: { kategori?: Kategori } = {}): Promise<HargaItemView[]> {
  const views = await readHargaViews(db(), projectId, filter);
  return sortHargaItems(views);
}

/** The price list's order: kategori, then kode with numbers in numeric order. */
export function sortHargaItems<T extends { kategori: Kategori; kode: string }>(items: T[]): T[] {
  return items.sort((a, b) => KATEGORI_LIST.indexOf(a.kategori) - KATEGORI_LIST.indexOf(b.kategori) || kodeOrder.compare(a.kode, b.kode));
}

/**
 * Sets prices by kode in one transaction; an unknown or repeated kode is a 400 naming it, an
 * item whose editVersion is stale a 409 (nothing is written).
 */
export function updateHargaByKode(
  actor: ProjectActor,
  input: UpdateHargaInput,
): Promise<{ items: { kode: string; harga: string; editVersion: number }[] }> {
  return inProjectTransaction(actor, async (tx) => {
    const kodes = input.items.map((item) => item.kode);
    const existing = await tx.hargaItem.findMany({
      where: { projectId: actor.projectId, kode: { in: kodes } },
      select: { id: true, kode: true, harga: true, editVersion: true },
    });
    const byKode = new Map(existing.map((item) => [item.kode, item]));
    const problems = input.items.flatMap((item, i) => {
      if (!byKode.has(item.kode)) return [{ path: `items.${i}.kode`, message: `Kode ${item.kode} tidak ada di daftar harga proyek.` }];
      if (kodes.indexOf(item.kode) !== i) return [{ path: `items.${i}.kode`, message: `Kode ${item.kode} dikirim lebih dari sekali.` }];
      return [];
    });
    if (problems.length > 0) throw ApiError.validation(problems, problems[0]!.message);
    await assertHargaVersions(
      tx,
      actor.projectId,
      input.items.map((item, i) => {
        const { id, editVersion } = byKode.get(item.kode)!;
        return { id, path: `items.${i}`, label: hargaLabel(item.kode), sent: item.editVersion, current: editVersion };
      }),
    );

    const changed = input.items.filter((item) => !item.harga.eq(money(byKode.get(item.kode)!.harga)));
    const moved = await setHargaByIds(
      tx,
      changed.map((item) => ({ id: byKode.get(item.kode)!.id, harga: toDbDecimal(item.harga) })),
    );
    // Also a paste that changed no price: the project's version moved, and the change feed names who saved.
    await recordAudit(tx, actor, {
      entity: "hargaItems",
      action: "update",
      before: changed.map((item) => ({ kode: item.kode, harga: money(byKode.get(item.kode)!.harga) })),
      after: changed.map((item) => ({ kode: item.kode, harga: money(item.harga) })),
    });
    return {
      items: input.items.map((item) => {
        const { id, editVersion } = byKode.get(item.kode)!;
        return { kode: item.kode, harga: money(item.harga), editVersion: moved.get(id) ?? editVersion };
      }),
    };
  });
}

/** Edits one resource; uraian and satuan are its name and unit on every line using it. A stale editVersion is a 409. */
export function updateHargaItem(actor: ProjectActor, hargaItemId: string, input: UpdateHargaItemInput): Promise<HargaItemView> {
  return inProjectTransaction(actor, async (tx) => {
    const before = await requireHargaItem(tx, actor.projectId, hargaItemId);
    await assertHargaVersions(tx, actor.projectId, [
      { id: hargaItemId, path: "", label: hargaLabel(before.kode), sent: input.editVersion, current: before.editVersion },
    ]);
    const after = await tx.hargaItem.update({
      where: { id: hargaItemId },
      data: { uraian: input.uraian, satuan: input.satuan, harga: input.harga && toDbDecimal(input.harga) },
    });
    await recordAudit(tx, actor, {
      entity: "hargaItems",
      entityId: hargaItemId,
      action: "update",
      before: auditFields(before),
      after: auditFields(after),
    });
    const [view] = await readHargaViews(tx, actor.projectId, { hargaItemIds: [hargaItemId] });
    return view!;
  });
}

/** Removes a resource no line uses any more (409 while one does). */
export function deleteHargaItem(actor: ProjectActor, hargaItemId: string): Promise<{ id: string }> {
  return inProjectTransaction(actor, async (tx) => {
    const item = await requireHargaItem(tx, actor.projectId, hargaItemId);
    const lines = await tx.pekerjaanLine.count({ where: { hargaItemId } });
    if (lines > 0) {
      throw ApiError.conflict(`Kode ${item.kode} masih dipakai pada ${lines} baris analisa; hapus barisnya dahulu.`);
    }
    await tx.hargaItem.delete({ where: { id: hargaItemId } });
    await recordAudit(tx, actor, { entity: "hargaItems", entityId: hargaItemId, action: "delete", before: auditFields(item) });
    return { id: hargaItemId };
  });
}

/** The grid's row versions (README "Perubahan bersamaan"): a stale one is a 409 showing the item as it is now. */
function assertHargaVersions(tx: Tx, projectId: string, rows: readonly (RowVersion & { id: string })[]): Promise<void> {
  return assertRowVersions(rows, async (stale) => {
    const views = new Map((await readHargaViews(tx, projectId, { hargaItemIds: stale.map((row) => row.id) })).map((v) => [v.id, v]));
    return stale.map((row) => views.get(row.id) ?? null);
  });
}

const hargaLabel = (kode: string) => `Harga ${kode}`;

function auditFields(item: StoredHarga) {
  return { kategori: item.kategori, kode: item.kode, uraian: item.uraian, satuan: item.satuan, harga: money(item.harga) };
}
