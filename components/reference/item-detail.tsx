"use client";

import { useEffect, useState } from "react";
import { CompactTable, type CompactColumn } from "@/components/ui/compact-table";
import { ApiClientError, apiFetch } from "@/lib/api/client";
import { formatDecimal } from "@/lib/format/number";
import type { AhspItemDetail, AhspItemLine, ItemRef } from "@/lib/reference/types";
import { KATEGORI_LABELS, KATEGORI_ORDER } from "./kategori";

const LINE_COLUMNS: CompactColumn[] = [{ label: "Kode" }, { label: "Uraian" }, { label: "Satuan" }, { label: "Koefisien", align: "right" }];

type Loaded = { id: string; item: AhspItemDetail | null; error: string | null };

function useAhspItem(id: string | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    apiFetch<AhspItemDetail>(`/api/v1/ahsp/${id}`, { signal: controller.signal }).then(
      (item) => setLoaded({ id, item, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ id, item: null, error: error instanceof ApiClientError ? error.message : "Gagal memuat item." });
      },
    );
    return () => controller.abort();
  }, [id]);
  return loaded?.id === id ? loaded : null;
}

function ItemLink({ item, onOpen }: { item: ItemRef; onOpen: (id: string) => void }) {
  return (
    <button type="button" onClick={() => onOpen(item.id)} className="text-left text-brand-700 underline-offset-2 hover:underline">
      <span className="font-mono">{item.kode}</span> {item.uraian}
    </button>
  );
}

function LineGroup({ title, lines, onOpen }: { title: string; lines: AhspItemLine[]; onOpen: (id: string) => void }) {
  return (
    <section aria-label={title} className="mt-4">
      <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
      <CompactTable columns={LINE_COLUMNS}>
        {lines.map((line) => (
          <tr key={line.position} className="border-t border-slate-100 align-top">
            <td className="py-1 pr-3 font-mono text-xs text-slate-600">{line.kodeItem}</td>
            <td className="py-1 pr-3">
              {line.uraianItem}
              {line.nestedItem && (
                <div className="text-xs text-slate-500">
                  Analisa bersarang: <ItemLink item={line.nestedItem} onOpen={onOpen} />
                </div>
              )}
            </td>
            <td className="py-1 pr-3">{line.satuanItem || "—"}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{formatDecimal(line.koefisien)}</td>
          </tr>
        ))}
      </CompactTable>
    </section>
  );
}

/** The selected item: header, lines grouped TK/BHN/ALT/LAIN, nested references both ways. */
export function ItemDetail({ id, onOpen }: { id: string | null; onOpen: (id: string) => void }) {
  const loaded = useAhspItem(id);
  if (!id) return <p className="text-sm text-slate-500">Pilih item dari hasil pencarian untuk melihat analisanya.</p>;
  if (!loaded)
    return (
      <p className="text-sm text-slate-500" role="status">
        Memuat item…
      </p>
    );
  if (!loaded.item)
    return (
      <p role="alert" className="text-sm text-red-700">
        {loaded.error}
      </p>
    );
  const item = loaded.item;
  return (
    <article aria-labelledby="ahsp-detail-title">
      <p className="font-mono text-sm text-slate-600">{item.kode}</p>
      <h2 id="ahsp-detail-title" className="mt-1 text-lg font-semibold leading-snug">
        {item.uraian}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">Satuan</dt>
        <dd>{item.satuan || "—"}</dd>
        <dt className="text-slate-500">Edisi</dt>
        <dd>{item.edition.name}</dd>
        {item.citation && (
          <>
            <dt className="text-slate-500">Sumber</dt>
            <dd>{item.citation}</dd>
          </>
        )}
      </dl>
      {KATEGORI_ORDER.map((kategori) => {
        const lines = item.lines.filter((l) => l.kategori === kategori);
        if (lines.length === 0) return null;
        return <LineGroup key={kategori} title={`${KATEGORI_LABELS[kategori]} (${kategori})`} lines={lines} onOpen={onOpen} />;
      })}
      {item.nestedIn.length > 0 && (
        <section aria-label="Dipakai dalam" className="mt-4 text-sm">
          <h3 className="font-semibold text-slate-700">Dipakai sebagai analisa bersarang dalam</h3>
          <ul className="mt-1 space-y-1">
            {item.nestedIn.map((ref) => (
              <li key={ref.id}>
                <ItemLink item={ref} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
