"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { CompactTable } from "@/components/ui/compact-table";
import { ActionStatus } from "@/components/ui/action-status";
import { Button } from "@/components/ui/button";
import { useCanEdit } from "@/components/ui/can-edit";
import { Notice } from "@/components/ui/notice";
import { useApiAction } from "@/components/ui/use-api-action";
import { useApiData } from "@/components/ui/use-api-data";
import { PlausibilityMark } from "@/components/ui/plausibility-mark";
import { apiFetch } from "@/lib/api/client";
import { formatKoefisien, formatPercent } from "@/lib/format/number";
import type { PekerjaanDetail } from "@/lib/pekerjaan/types";
import type { PickerGroup } from "@/lib/rekap/types";
import { SourceBadge } from "../source-badge";
import { BukOverride } from "./buk-override";
import { bundleLine, draftsOf, emptyLine, isDirty, linesBody, type BundleOption, type LineDraft } from "./line-drafts";
import { LineRow, type LineField } from "./line-row";

export interface KnownResource {
  kategori: LineDraft["kategori"];
  kode: string;
  uraian: string;
  satuan: string;
}

interface AnalisaEditorProps {
  projectId: string;
  initial: PekerjaanDetail;
  /** The project's pekerjaan; every other one can be a bundle target. */
  pekerjaanGroups: PickerGroup[];
  /** The project's price list, to suggest kode and fill a known resource's name and unit. */
  resources: KnownResource[];
  projectOverhead: string;
}

const LINE_COLUMNS = [
  { label: "#", align: "right" as const },
  { label: "Kategori" },
  { label: "Kode" },
  { label: "Uraian" },
  { label: "Satuan" },
  { label: "Koefisien", align: "right" as const },
  { label: "Bundle pekerjaan" },
  { label: "" },
];

function focusField(line: number, field: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-line="${line}"][data-field="${field}"]`)?.focus());
}

/**
 * Analisa: the lines of one pekerjaan. Edits stay in the browser until "Simpan analisa",
 * which replaces all lines in one request carrying the editVersion they were read at; a save by
 * someone else in between is a 409 with "Muat ulang". A `ref` pekerjaan (library snapshot)
 * is read-only until explicitly converted with "Ubah jadi modifikasi".
 *
 * Keyboard in the table: ↑/↓ and Enter move between rows, Alt+↑/↓ moves the row, Esc puts
 * the field back as it was, Ctrl+Enter (or Ctrl+S) saves.
 */
export function AnalisaEditor({ projectId, initial, pekerjaanGroups, resources, projectOverhead }: AnalisaEditorProps) {
  const path = `/api/v1/projects/${projectId}/pekerjaan/${initial.id}`;
  const { data: detail, setData: setDetail, reload } = useApiData(initial, path);
  const [drafts, setDrafts] = useState<LineDraft[]>(() => draftsOf(initial.lines));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const action = useApiAction();
  const canEdit = useCanEdit();
  const focusedValue = useRef<string>("");
  const dirty = isDirty(drafts, detail.lines);
  const byKode = new Map(resources.map((r) => [r.kode, r]));
  const bundleOptions: BundleOption[] = pekerjaanGroups.flatMap((g) => g.pekerjaan).filter((p) => p.id !== detail.id);

  // Unsaved lines would be lost with the page: the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function adopt(saved: PekerjaanDetail) {
    setDetail(saved);
    setDrafts(draftsOf(saved.lines));
    setErrors({});
  }

  async function reloadAll() {
    adopt(await reload());
  }

  function update(index: number, patch: Partial<LineDraft>) {
    setDrafts((list) =>
      list.map((line, i) => {
        if (i !== index) return line;
        const next = { ...line, ...patch };
        // A kode the price list knows brings its kategori (fixed for life) and fills a blank name and unit.
        const known = patch.kode !== undefined ? byKode.get(patch.kode.trim()) : undefined;
        return known
          ? { ...next, kategori: known.kategori, uraian: next.uraian || known.uraian, satuan: next.satuan || known.satuan }
          : next;
      }),
    );
  }

  function move(index: number, delta: -1 | 1, field?: string) {
    const to = index + delta;
    if (to < 0 || to >= drafts.length) return;
    setDrafts((list) => {
      const copy = [...list];
      [copy[index], copy[to]] = [copy[to]!, copy[index]!];
      return copy;
    });
    if (field) focusField(to, field);
  }

  function addLine(focus = true) {
    const last = drafts[drafts.length - 1];
    setDrafts((list) => [...list, emptyLine(last?.kategori ?? "TK")]);
    if (focus) focusField(drafts.length, "kode");
  }

  async function save() {
    const body = linesBody(drafts);
    if (!body.ok) return setErrors(body.errors);
    setErrors({});
    const result = await action.run(
      () =>
        apiFetch<PekerjaanDetail>(`${path}/lines`, {
          method: "PUT",
          json: { lines: body.lines, editVersion: detail.editVersion },
          rowVersioned: true,
        }),
      {
        sendsEditVersion: true,
      },
    );
    if (result.ok) adopt(result.value);
    else setErrors(Object.fromEntries(result.error.fields.map((f) => [f.path, f.message])));
  }

  async function convert() {
    if (!window.confirm("Ubah pekerjaan ini menjadi modifikasi? Baris analisanya menjadi dapat diubah; asal referensinya tetap tercatat."))
      return;
    const result = await action.run(() => apiFetch<PekerjaanDetail>(`${path}/convert`, { method: "POST" }));
    if (result.ok) adopt(result.value);
  }

  function onFocus(event: FocusEvent<HTMLTableSectionElement>) {
    const target = event.target as unknown as HTMLInputElement;
    if (target.dataset.field) focusedValue.current = target.value;
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const target = event.target as HTMLElement;
    const line = Number(target.dataset.line);
    const field = target.dataset.field as LineField | undefined;
    if ((event.ctrlKey || event.metaKey) && (event.key === "Enter" || event.key === "s")) void save();
    else if (!field || Number.isNaN(line)) return;
    else if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) move(line, event.key === "ArrowUp" ? -1 : 1, field);
    else if (target.tagName === "INPUT" && (event.key === "ArrowUp" || event.key === "ArrowDown"))
      focusField(line + (event.key === "ArrowUp" ? -1 : 1), field);
    else if (target.tagName === "INPUT" && event.key === "Enter") {
      if (line === drafts.length - 1) addLine(false);
      focusField(line + 1, field);
    } else if (event.key === "Escape" && field !== "bundlePekerjaanId") update(line, { [field]: focusedValue.current });
    else return;
    event.preventDefault();
  }

  const isRef = detail.source === "ref";
  const readOnly = isRef || !canEdit;
  return (
    <div className="space-y-4">
      <header className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <p className="font-mono text-sm text-slate-500">{detail.kode ?? "tanpa kode"}</p>
            <h2 className="text-lg font-semibold leading-snug">{detail.uraian}</h2>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <span>Satuan {detail.satuan || "—"}</span>
              <SourceBadge source={detail.source} />
              {detail.ahspEdition && <span>· {detail.ahspEdition}</span>}
              <Link href={`/projects/${projectId}/rincian-ahsp?p=${detail.id}`} className="text-brand-700 hover:underline">
                Lihat rincian harga
              </Link>
            </p>
          </div>
          {canEdit ? (
            <BukOverride
              key={detail.overheadProfitPercent ?? ""}
              path={path}
              value={detail.overheadProfitPercent}
              projectRate={projectOverhead}
              action={action}
              onSaved={adopt}
            />
          ) : (
            <p className="text-sm text-slate-700">
              Biaya umum & keuntungan:{" "}
              {detail.overheadProfitPercent === null
                ? `tarif proyek ${formatPercent(projectOverhead)}%`
                : `${formatPercent(detail.overheadProfitPercent)}% (khusus pekerjaan ini)`}
            </p>
          )}
        </div>
      </header>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ActionStatus action={action} onReload={reloadAll} />
        {dirty && !readOnly && <p className="text-sm font-medium text-amber-700">Ada perubahan yang belum disimpan.</p>}
      </div>
      {readOnly ? (
        <>
          {isRef && canEdit && (
            <Notice tone="info">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <p>Analisa ini salinan pustaka AHSP apa adanya dan hanya-baca. Ubah menjadi modifikasi untuk menyunting barisnya.</p>
                <Button variant="secondary" onClick={() => void convert()}>
                  Ubah jadi modifikasi
                </Button>
              </div>
            </Notice>
          )}
          <ReadOnlyLines lines={detail.lines} />
        </>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2">
            <table className="w-full min-w-[60rem] text-sm" aria-label="Baris analisa">
              <colgroup>
                <col className="w-8" />
                <col className="w-24" />
                <col className="w-36" />
                <col />
                <col className="w-24" />
                <col className="w-32" />
                <col className="w-64" />
                <col className="w-24" />
              </colgroup>
              <thead className="text-left text-xs text-slate-500">
                <tr>
                  {LINE_COLUMNS.map((c) => (
                    <th key={c.label} className={`px-1 py-1 font-medium ${c.align === "right" ? "text-right" : ""}`}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody onKeyDown={onKeyDown} onFocus={onFocus}>
                {drafts.map((line, i) => (
                  <LineRow
                    key={line.key}
                    index={i}
                    line={line}
                    errors={errors}
                    bundleOptions={bundleOptions}
                    onChange={(patch) => update(i, patch)}
                    onBundle={(target) =>
                      setDrafts((list) =>
                        list.map((l, j) => (j !== i ? l : target ? bundleLine(l, target) : { ...l, bundlePekerjaanId: null })),
                      )
                    }
                    onMove={(delta) => move(i, delta)}
                    onRemove={() => setDrafts((list) => list.filter((_, j) => j !== i))}
                    isFirst={i === 0}
                    isLast={i === drafts.length - 1}
                  />
                ))}
              </tbody>
            </table>
            {drafts.length === 0 && (
              <p className="p-4 text-center text-sm text-slate-500">Belum ada baris. Tambahkan tenaga kerja, bahan, dan peralatan.</p>
            )}
            <p className="px-2 pb-2 text-xs text-slate-500">
              Koefisien dengan koma desimal (<code>0,015</code>, <code>2,125</code>), paling banyak 6 desimal. Titik dengan tepat tiga angka
              di belakangnya (<code>2.125</code>) ditolak karena bisa berarti 2,125 atau 2.125; titik lain adalah ribuan (
              <code>1.234,5</code>).
            </p>
            <datalist id="harga-kode">
              {resources.map((r) => (
                <option key={r.kode} value={r.kode}>
                  {r.kategori} · {r.uraian}
                </option>
              ))}
            </datalist>
          </div>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" onClick={() => addLine()}>
              Tambah baris
            </Button>
            <Button onClick={() => void save()} disabled={!dirty || action.busy}>
              {action.busy ? "Menyimpan…" : "Simpan analisa"}
            </Button>
            <Button variant="secondary" onClick={() => adopt(detail)} disabled={!dirty}>
              Batalkan perubahan
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

function ReadOnlyLines({ lines }: { lines: PekerjaanDetail["lines"] }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <CompactTable
        columns={[
          { label: "Kategori" },
          { label: "Kode" },
          { label: "Uraian" },
          { label: "Satuan" },
          { label: "Koefisien", align: "right" },
        ]}
      >
        {lines.map((line, i) => (
          <tr key={i} className="border-t border-slate-100">
            <td className="py-1 pr-3">{line.kategori}</td>
            <td className="py-1 pr-3 font-mono text-xs">{line.kode}</td>
            <td className="py-1 pr-3">{line.uraian}</td>
            <td className="py-1 pr-3">{line.satuan || "—"}</td>
            <td className="py-1 pr-3 text-right tabular-nums">
              <PlausibilityMark field="koefisien" value={line.koefisien} /> {formatKoefisien(line.koefisien)}
            </td>
          </tr>
        ))}
      </CompactTable>
    </div>
  );
}
