"use client";

import { useMemo, useState, type ClipboardEvent } from "react";
import { KATEGORI_LABELS, KATEGORI_ORDER } from "@/components/reference/kategori";
import { ActionStatus } from "@/components/ui/action-status";
import { Button } from "@/components/ui/button";
import { useCanEdit } from "@/components/ui/can-edit";
import { Dialog } from "@/components/ui/dialog";
import { EditableCell } from "@/components/ui/editable-cell";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PasteErrors } from "@/components/ui/paste-errors";
import { PlausibilityMark } from "@/components/ui/plausibility-mark";
import { SeparatorChoice } from "@/components/ui/separator-choice";
import { STALE_PASTE_CHOICE, staleRows, useApiAction } from "@/components/ui/use-api-action";
import { useApiData } from "@/components/ui/use-api-data";
import { GridCell, HeaderCell, type CellPosition } from "@/components/ui/virtual-grid";
import type { Kategori } from "@/lib/ahsp/types";
import { apiFetch } from "@/lib/api/client";
import { formatInteger, formatMoney, parseTyped, toInputText, type DecimalSeparator } from "@/lib/format/number";
import type { HargaItemView } from "@/lib/harga-items/types";
import type { StaleRow } from "@/lib/kernel/edit-version";

type SavedPrice = Pick<HargaItemView, "kode" | "harga" | "editVersion">;
import { KategoriGrid, rowsByKategori } from "../kategori-grid";
import { parsePaste, type PriceUpdate } from "./paste";
import { appliedText } from "./harga-import";
import { HargaImportDialog } from "./harga-import-dialog";

const HARGA_COL = 3;

/**
 * Harga Items: the project's price list grouped by kategori. Prices are edited in place
 * (Enter saves and moves down, like a spreadsheet), or pasted from a spreadsheet straight
 * into the grid or through "Tempel dari spreadsheet"; a paste is one PATCH, all or nothing.
 * "Impor daftar harga" matches a whole price-list file and applies it after a preview.
 */
export function HargaGrid({ projectId, initial }: { projectId: string; initial: HargaItemView[] }) {
  const path = `/api/v1/projects/${projectId}/harga-items`;
  const { data: items, setData: setItems, reload } = useApiData(initial, path);
  const action = useApiAction();
  const canEdit = useCanEdit();
  const [kategori, setKategori] = useState<Kategori | "">("");
  const [q, setQ] = useState("");
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteErrors, setPasteErrors] = useState<string[]>([]);
  const [pasteDone, setPasteDone] = useState<{ text: string; notes: string[] } | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [pasteAsk, setPasteAsk] = useState<{ text: string; startIndex: number; example: string } | null>(null);

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return rowsByKategori(
      items,
      (i) =>
        (!kategori || i.kategori === kategori) &&
        (!needle || i.kode.toLowerCase().includes(needle) || i.uraian.toLowerCase().includes(needle)),
    );
  }, [items, kategori, q]);
  const visibleKode = rows.flatMap((r) => (r.type === "item" ? [r.item.kode] : []));
  const unpriced = items.filter((i) => !i.bundleOnly && /^0(\.0+)?$/.test(i.harga)).length;

  /** Prices and row versions as the server holds them now: from a save's answer, or a 409's current rows. */
  function applyPrices(saved: readonly SavedPrice[]) {
    const byKode = new Map(saved.map((s) => [s.kode, s]));
    setItems((list) =>
      list.map((item) => {
        const now = byKode.get(item.kode);
        return now ? { ...item, harga: now.harga, editVersion: now.editVersion } : item;
      }),
    );
  }
  const applyStale = (rows: StaleRow<SavedPrice>[]) => applyPrices(rows.flatMap((row) => row.current ?? []));

  // Each row carries the version the grid shows: saves of different rows never conflict.
  const versionOf = new Map(items.map((i) => [i.kode, i.editVersion]));
  const patch = (updates: PriceUpdate[]) =>
    apiFetch<{ items: SavedPrice[] }>(path, {
      method: "PATCH",
      json: { items: updates.map((u) => ({ ...u, editVersion: versionOf.get(u.kode) })) },
      rowVersioned: true,
    });

  async function sendPaste(updates: PriceUpdate[], notes: string[]): Promise<boolean> {
    const result = await action.run(() => patch(updates), { inline: true });
    const stale = result.ok ? null : staleRows<SavedPrice>(result.error);
    if (stale) applyStale(stale);
    if (!result.ok) {
      if (stale) return (setPasteErrors([`${result.error.message} ${STALE_PASTE_CHOICE}`]), false);
      setPasteErrors(result.error.fields.length ? result.error.fields.map((f) => f.message) : [result.error.message]);
      return false;
    }
    applyPrices(result.value.items);
    setPasteErrors([]);
    setPasteDone({ text: `${formatInteger(updates.length)} harga diperbarui dari tempelan.`, notes });
    return true;
  }

  function pasteText(text: string, startIndex: number, separator?: DecimalSeparator): Promise<boolean> {
    setPasteDone(null);
    const parsed = parsePaste(text, { knownKode: new Set(items.map((i) => i.kode)), visibleKode, startIndex, separator });
    if (!parsed.ok) {
      if ("ask" in parsed) setPasteAsk({ text, startIndex, example: parsed.ask });
      else setPasteErrors(parsed.errors);
      return Promise.resolve(false);
    }
    return sendPaste(parsed.items, parsed.notes);
  }

  function onGridPaste(event: ClipboardEvent<HTMLDivElement>, active: CellPosition) {
    const text = event.clipboardData.getData("text/plain");
    // A single value typed into an open cell is ordinary typing, not a bulk paste.
    if ((event.target as HTMLElement).tagName === "INPUT" && !/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const row = rows[active.row];
    const startIndex = row?.type === "item" ? visibleKode.indexOf(row.item.kode) : 0;
    void pasteText(text, Math.max(0, startIndex));
  }

  function renderPrice(item: HargaItemView, row: number) {
    const isZero = /^0(\.0+)?$/.test(item.harga);
    return (
      <>
        {item.bundleOnly ? (
          <GridCell
            row={row}
            col={HARGA_COL}
            className="text-right text-xs text-slate-500"
            title="Baris paket dihitung dari harga satuan pekerjaan yang dipaketkan."
          >
            dari pekerjaan
          </GridCell>
        ) : (
          <EditableCell
            row={row}
            col={HARGA_COL}
            align="right"
            label={`Harga ${item.kode} ${item.uraian}`}
            display={
              <span className="inline-flex items-center gap-1">
                <PlausibilityMark field="harga" value={item.harga} />
                <span className={isZero ? "text-amber-700" : ""}>{formatMoney(item.harga)}</span>
              </span>
            }
            editText={toInputText(item.harga, "money")}
            onCommit={(text) => {
              const parsed = parseTyped(text, "money");
              if (!parsed.ok) return Promise.resolve(parsed.error);
              return action.saveCell(
                () => patch([{ kode: item.kode, harga: parsed.value }]),
                (saved) => applyPrices(saved.items),
                applyStale,
              );
            }}
          />
        )}
        <GridCell row={row} col={HARGA_COL + 1} className="text-right text-slate-600 tabular-nums">
          {formatInteger(item.usedBy)}
        </GridCell>
      </>
    );
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-wrap items-end gap-3">
          <div role="tablist" aria-label="Kategori" className="flex gap-1">
            {(["", ...KATEGORI_ORDER] as const).map((k) => (
              <button
                key={k || "all"}
                type="button"
                role="tab"
                aria-selected={kategori === k}
                onClick={() => setKategori(k)}
                className={`rounded-md px-3 py-1.5 text-sm ${kategori === k ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"}`}
              >
                {k ? KATEGORI_LABELS[k] : "Semua"}
              </button>
            ))}
          </div>
          <input
            type="search"
            aria-label="Cari kode atau uraian"
            placeholder="Cari kode atau uraian"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            className="w-64 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setPasteOpen(true)}>
              Tempel dari spreadsheet
            </Button>
            <Button variant="secondary" onClick={() => setImportOpen(true)}>
              Impor daftar harga
            </Button>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-baseline justify-between gap-3 text-sm text-slate-600">
        <p>
          {formatInteger(items.length)} item
          {unpriced > 0 && <span className="text-amber-700"> · {formatInteger(unpriced)} belum berharga</span>}.
          {canEdit && (
            <>
              {" "}
              Salin kolom harga atau baris <code>kode⇥harga</code> dari spreadsheet lalu tempel (Ctrl+V) pada grid. Harga ditulis{" "}
              <code>1.234.567,89</code>: koma desimal, titik ribuan (<code>15.000</code> = lima belas ribu). Harga tempelan dengan lebih
              dari 2 desimal dibulatkan ke sen, dengan catatan.
            </>
          )}
        </p>
        <ActionStatus action={action} onReload={reload} />
      </div>
      {pasteErrors.length > 0 && !pasteOpen && <PasteErrors errors={pasteErrors} />}
      {pasteDone && (
        <Notice tone="info">
          {pasteDone.text}
          {pasteDone.notes.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {pasteDone.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <KategoriGrid
        label="Harga items"
        rows={rows}
        columns={["11rem", "6rem"]}
        headers={
          <>
            <HeaderCell align="right">Harga (Rp)</HeaderCell>
            <HeaderCell align="right">Dipakai</HeaderCell>
          </>
        }
        renderItem={renderPrice}
        onGridPaste={canEdit ? onGridPaste : undefined}
        empty={<p className="p-6 text-center text-sm text-slate-500">Belum ada item harga. Item muncul dari baris analisa pekerjaan.</p>}
      />
      <PasteDialog open={pasteOpen} errors={pasteErrors} onClose={() => setPasteOpen(false)} onPaste={(text) => pasteText(text, 0)} />
      <SeparatorChoice
        example={pasteAsk?.example ?? null}
        onCancel={() => setPasteAsk(null)}
        onChoose={async (separator) => {
          setPasteAsk(null);
          if (pasteAsk && (await pasteText(pasteAsk.text, pasteAsk.startIndex, separator))) setPasteOpen(false);
        }}
      />
      <HargaImportDialog
        projectId={projectId}
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onApplied={(result) => {
          setImportOpen(false);
          // Re-read: the import moved row versions its answer does not list.
          void reload();
          setPasteDone({ text: appliedText(result), notes: [] });
        }}
      />
    </div>
  );
}

function PasteDialog(props: { open: boolean; errors: string[]; onClose: () => void; onPaste: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    const ok = await props.onPaste(text);
    setBusy(false);
    if (ok) {
      setText("");
      props.onClose();
    }
  }
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Tempel harga dari spreadsheet">
      <div className="space-y-3">
        <TextAreaField
          label="Baris kode dan harga"
          name="paste"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          hint="Satu item per baris: kode, tab, harga (kolom lain di antaranya boleh ada). Harga boleh 1.234.567,89 atau 1234567.89; 15.000 = lima belas ribu."
          className="font-mono"
        />
        {props.errors.length > 0 && <PasteErrors errors={props.errors} />}
        <div className="flex gap-3">
          <Button onClick={() => void submit()} disabled={busy || text.trim() === ""}>
            {busy ? "Menyimpan…" : "Simpan harga"}
          </Button>
          <Button variant="secondary" onClick={props.onClose}>
            Batal
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
