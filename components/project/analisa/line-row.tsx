"use client";

import { useState } from "react";
import { KATEGORI_LABELS, KATEGORI_ORDER } from "@/components/reference/kategori";
import { PlausibilityMark } from "@/components/ui/plausibility-mark";
import type { Kategori } from "@/lib/ahsp/types";
import { parseTyped } from "@/lib/format/number";
import type { BundleOption, LineDraft } from "./line-drafts";

export type LineField = "kategori" | "kode" | "uraian" | "satuan" | "koefisien" | "bundlePekerjaanId";

interface LineRowProps {
  index: number;
  line: LineDraft;
  errors: Record<string, string>;
  bundleOptions: BundleOption[];
  onChange: (patch: Partial<LineDraft>) => void;
  onBundle: (target: BundleOption | null) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  isFirst: boolean;
  isLast: boolean;
}

const inputClass =
  "w-full rounded border border-slate-300 bg-white px-1.5 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid]:border-red-500";
const iconButton = "rounded px-1.5 py-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 disabled:opacity-30";

/** One editable analysis line. `data-line`/`data-field` let the editor move focus by keyboard. */
export function LineRow({ index, line, errors, bundleOptions, onChange, onBundle, onMove, onRemove, isFirst, isLast }: LineRowProps) {
  const n = index + 1;
  const koefisien = parseTyped(line.koefisien, "koefisien");
  const error = (field: LineField) => errors[`lines.${index}.${field}`];
  const cell = (field: LineField) => ({
    "data-line": index,
    "data-field": field,
    "aria-invalid": error(field) ? true : undefined,
    "aria-describedby": error(field) ? `line-${index}-${field}-error` : undefined,
  });
  const message = (field: LineField) =>
    error(field) && (
      <p id={`line-${index}-${field}-error`} role="alert" className="mt-0.5 text-xs text-red-600">
        {error(field)}
      </p>
    );
  return (
    <tr className="border-t border-slate-100 align-top">
      <td className="px-1 py-1 text-right text-slate-400 tabular-nums">{n}</td>
      <td className="px-1 py-1">
        <select
          aria-label={`Kategori baris ${n}`}
          value={line.kategori}
          onChange={(e) => onChange({ kategori: e.target.value as Kategori })}
          className={inputClass}
          {...cell("kategori")}
        >
          {KATEGORI_ORDER.map((k) => (
            <option key={k} value={k} title={KATEGORI_LABELS[k]}>
              {k}
            </option>
          ))}
        </select>
        {message("kategori")}
      </td>
      <td className="px-1 py-1">
        <input
          aria-label={`Kode baris ${n}`}
          list="harga-kode"
          value={line.kode}
          onChange={(e) => onChange({ kode: e.target.value })}
          className={`${inputClass} font-mono text-xs`}
          {...cell("kode")}
        />
        {message("kode")}
      </td>
      <td className="px-1 py-1">
        <input
          aria-label={`Uraian baris ${n}`}
          value={line.uraian}
          onChange={(e) => onChange({ uraian: e.target.value })}
          className={inputClass}
          {...cell("uraian")}
        />
        {message("uraian")}
      </td>
      <td className="px-1 py-1">
        <input
          aria-label={`Satuan baris ${n}`}
          value={line.satuan}
          onChange={(e) => onChange({ satuan: e.target.value })}
          className={inputClass}
          {...cell("satuan")}
        />
        {message("satuan")}
      </td>
      <td className="px-1 py-1">
        <input
          aria-label={`Koefisien baris ${n}`}
          inputMode="decimal"
          value={line.koefisien}
          onChange={(e) => onChange({ koefisien: e.target.value })}
          className={`${inputClass} text-right tabular-nums`}
          {...cell("koefisien")}
        />
        {koefisien.ok && <PlausibilityMark field="koefisien" value={koefisien.value} />}
        {message("koefisien")}
      </td>
      <td className="px-1 py-1">
        {line.kategori === "LAIN" ? (
          <BundleSelect
            label={`Bundle baris ${n}`}
            value={line.bundlePekerjaanId}
            options={bundleOptions}
            onChange={onBundle}
            cellProps={cell("bundlePekerjaanId")}
          />
        ) : (
          <span className="block px-1.5 py-1 text-xs text-slate-400">—</span>
        )}
        {message("bundlePekerjaanId")}
      </td>
      <td className="px-1 py-1 whitespace-nowrap">
        <button
          type="button"
          className={iconButton}
          disabled={isFirst}
          onClick={() => onMove(-1)}
          aria-label={`Naikkan baris ${n}`}
          title="Naikkan (Alt+↑)"
        >
          ↑
        </button>
        <button
          type="button"
          className={iconButton}
          disabled={isLast}
          onClick={() => onMove(1)}
          aria-label={`Turunkan baris ${n}`}
          title="Turunkan (Alt+↓)"
        >
          ↓
        </button>
        <button
          type="button"
          className={`${iconButton} hover:text-red-700`}
          onClick={onRemove}
          aria-label={`Hapus baris ${n}`}
          title="Hapus baris"
        >
          ✕
        </button>
      </td>
    </tr>
  );
}

const optionText = (o: BundleOption) => `${o.kode ? `${o.kode} ` : ""}${o.uraian}`;

/**
 * The pekerjaan a LAIN line bundles. A project may hold 2,000 pekerjaan: the full list is
 * rendered only once the select is focused or pressed, not for every LAIN line up front.
 */
function BundleSelect(props: {
  label: string;
  value: string | null;
  options: BundleOption[];
  onChange: (target: BundleOption | null) => void;
  cellProps: Record<string, unknown>;
}) {
  const [open, setOpen] = useState(false);
  const current = props.options.find((o) => o.id === props.value);
  const shown = open ? props.options : current ? [current] : [];
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ""}
      onFocus={() => setOpen(true)}
      onMouseDown={() => setOpen(true)}
      onChange={(e) => props.onChange(props.options.find((o) => o.id === e.target.value) ?? null)}
      className={inputClass}
      {...props.cellProps}
    >
      <option value="">— bukan bundle —</option>
      {shown.map((o) => (
        <option key={o.id} value={o.id}>
          {optionText(o)}
        </option>
      ))}
    </select>
  );
}
