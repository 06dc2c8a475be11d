"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { ParameterScope, sumDecimals, toDecimal } from "@/lib/calc";
import { formatQuantity } from "@/lib/format/number";
import type { ParameterView } from "@/lib/parameters/types";
import { MAX_TAKEOFF_ROWS, MAX_TAKEOFF_URAIAN, takeoffRowResult, type TakeoffRowInput } from "@/lib/pekerjaan/takeoff";
import type { TreePekerjaan } from "../pekerjaan/tree-ops";

/** What a save answers: null when saved, else the message and the row errors (by 0-based row). */
export type TakeoffSaveResult = null | { message: string; rows: Record<number, string> };

interface TakeoffPanelProps {
  pekerjaan: TreePekerjaan;
  parameters: readonly ParameterView[];
  canEdit: boolean;
  onSave: (rows: TakeoffRowInput[]) => Promise<TakeoffSaveResult>;
  onClose: () => void;
}

const EMPTY_ROW: TakeoffRowInput = { uraian: "", formula: "" };
const isBlank = (row: TakeoffRowInput) => row.uraian.trim() === "" && row.formula.trim() === "";

/**
 * The back-up volume (take-off) of one pekerjaan, edited keyboard-first: Tab moves uraian →
 * rumus → next row; Enter on the last row adds a row, elsewhere goes to the next row; Ctrl+Enter
 * saves; Esc closes. Each row's result and the sum are computed here with the same engine and
 * rounding as the server (lib/pekerjaan/takeoff.ts) while typing; the server recomputes on save
 * and its errors land on their rows. Blank rows are left out of the save.
 */
export function TakeoffPanel({ pekerjaan, parameters, canEdit, onSave, onClose }: TakeoffPanelProps) {
  const [rows, setRows] = useState<TakeoffRowInput[]>(() =>
    pekerjaan.takeoff.length > 0 ? pekerjaan.takeoff.map(({ uraian, formula }) => ({ uraian, formula })) : [EMPTY_ROW],
  );
  const [serverErrors, setServerErrors] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const focusCell = useRef<{ row: number; field: keyof TakeoffRowInput } | null>({ row: 0, field: "uraian" });

  useEffect(() => {
    const target = focusCell.current;
    if (!target) return;
    focusCell.current = null;
    table.current?.querySelector<HTMLInputElement>(`[data-row="${target.row}"][data-field="${target.field}"]`)?.focus();
  });

  const scope = useMemo(() => new ParameterScope(new Map(parameters.map((p) => [p.name, p.value]))), [parameters]);
  const results = rows.map((row) => (row.formula.trim() === "" ? null : takeoffRowResult(row.formula, scope)));
  const sum = sumDecimals(results.flatMap((r) => (r?.ok ? [r.value] : [])));
  const name = pekerjaan.kode ? `${pekerjaan.kode} ${pekerjaan.uraian}` : pekerjaan.uraian;

  function edit(index: number, field: keyof TakeoffRowInput, value: string) {
    setRows((list) => list.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
    setServerErrors(({ [index]: _, ...rest }) => rest);
  }

  function addRow(after: number) {
    if (rows.length >= MAX_TAKEOFF_ROWS) return setMessage(`Maksimal ${MAX_TAKEOFF_ROWS} baris back-up volume.`);
    focusCell.current = { row: after + 1, field: "uraian" };
    setRows((list) => [...list.slice(0, after + 1), EMPTY_ROW, ...list.slice(after + 1)]);
  }

  function removeRow(index: number) {
    focusCell.current = { row: Math.max(0, Math.min(index, rows.length - 2)), field: "uraian" };
    setRows((list) => (list.length === 1 ? [EMPTY_ROW] : list.filter((_, i) => i !== index)));
    setServerErrors({});
  }

  async function save(list: TakeoffRowInput[]) {
    setSaving(true);
    const kept = list.filter((row) => !isBlank(row));
    const result = await onSave(kept.map((row) => ({ uraian: row.uraian.trim(), formula: row.formula.trim() })));
    setSaving(false);
    if (result === null) return onClose();
    // Row numbers in the answer count the rows sent: map them back past the blank rows left out.
    const sentIndex = list.flatMap((row, i) => (isBlank(row) ? [] : [i]));
    setServerErrors(Object.fromEntries(Object.entries(result.rows).map(([i, text]) => [sentIndex[Number(i)] ?? 0, text])));
    setMessage(result.message);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number, field: keyof TakeoffRowInput) {
    if (event.key === "Escape") return onClose();
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) return void save(rows);
    if (index === rows.length - 1) return addRow(index);
    table.current?.querySelector<HTMLInputElement>(`[data-row="${index + 1}"][data-field="${field}"]`)?.focus();
  }

  return (
    <section aria-labelledby="takeoff-title" className="space-y-3 rounded-md border border-brand-200 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="takeoff-title" className="min-w-0 font-semibold break-words">
          Back-up volume: {name}
        </h3>
        <p className="text-sm" aria-live="polite">
          Jumlah:{" "}
          <strong data-testid="takeoff-sum">
            {formatQuantity(sum.toFixed(3))} {pekerjaan.satuan}
          </strong>
        </p>
      </div>
      {canEdit && (
        <p className="text-sm text-slate-600">
          Rumus seperti kolom Rumus: angka dengan titik desimal, <code>p*l*t*n</code> atau <code>×</code>, parameter proyek; baris pengurang
          boleh negatif. Hasil tiap baris dibulatkan ke 3 desimal dan volume = jumlah hasil yang tercetak. Enter di baris terakhir menambah
          baris, Ctrl+Enter menyimpan, Esc menutup.
        </p>
      )}
      {message && <Notice tone="error">{message}</Notice>}
      <div className="overflow-x-auto">
        <table ref={table} className="w-full text-sm">
          <caption className="sr-only">Baris back-up volume {name}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="w-6 px-1 py-1">
                No
              </th>
              <th scope="col" className="px-1 py-1">
                Uraian
              </th>
              <th scope="col" className="px-1 py-1">
                Rumus
              </th>
              <th scope="col" className="w-16 px-1 py-1 text-right sm:w-28">
                Hasil
              </th>
              {canEdit && (
                <th scope="col" className="w-8 px-1 py-1">
                  <span className="sr-only">Hapus</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const result = results[i];
              const error = serverErrors[i] ?? (result && !result.ok ? result.message : undefined);
              const errorId = `takeoff-error-${i}`;
              return (
                <tr key={i} className="align-top">
                  <td className="px-1 py-1 text-slate-600">{i + 1}</td>
                  <td className="px-1 py-1">
                    <input
                      className={controlClass}
                      aria-label={`Uraian baris ${i + 1}`}
                      data-row={i}
                      data-field="uraian"
                      value={row.uraian}
                      maxLength={MAX_TAKEOFF_URAIAN}
                      placeholder="Sloof as A 1–5"
                      readOnly={!canEdit}
                      onChange={(e) => edit(i, "uraian", e.target.value)}
                      onKeyDown={(e) => onKeyDown(e, i, "uraian")}
                    />
                  </td>
                  <td className="px-1 py-1">
                    <input
                      className={`${controlClass} font-mono`}
                      aria-label={`Rumus baris ${i + 1}`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      data-row={i}
                      data-field="formula"
                      value={row.formula}
                      placeholder="25*0.2*0.3*2"
                      readOnly={!canEdit}
                      onChange={(e) => edit(i, "formula", e.target.value)}
                      onKeyDown={(e) => onKeyDown(e, i, "formula")}
                    />
                    {error && (
                      <p id={errorId} className="mt-1 text-xs text-red-700">
                        {error}
                      </p>
                    )}
                  </td>
                  <td className="px-1 py-2 text-right tabular-nums" data-testid={`takeoff-result-${i}`}>
                    {result?.ok ? formatQuantity(toDecimal(result.value).toFixed(3)) : "—"}
                  </td>
                  {canEdit && (
                    <td className="px-1 py-1">
                      <button
                        type="button"
                        className="rounded px-2 py-1 text-red-700 hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/50"
                        aria-label={`Hapus baris ${i + 1}`}
                        onClick={() => removeRow(i)}
                      >
                        ✕
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        {canEdit && (
          <>
            <Button variant="secondary" onClick={() => addRow(rows.length - 1)}>
              Tambah baris
            </Button>
            <Button onClick={() => void save(rows)} disabled={saving}>
              {saving ? "Menyimpan…" : "Simpan back-up volume"}
            </Button>
            {pekerjaan.takeoff.length > 0 && (
              <Button
                variant="danger"
                disabled={saving}
                onClick={() => {
                  const kept = formatQuantity(pekerjaan.volume);
                  if (window.confirm(`Hapus back-up volume? Volume tetap ${kept} ${pekerjaan.satuan} sebagai angka tetap.`)) void save([]);
                }}
              >
                Hapus back-up volume
              </Button>
            )}
          </>
        )}
        <Button variant="secondary" onClick={onClose}>
          Tutup
        </Button>
      </div>
    </section>
  );
}
