"use client";

import type { ReactNode } from "react";
import { CompactTable } from "@/components/ui/compact-table";
import { formatDecimal, formatInteger, formatMoney } from "@/lib/format/number";
import type { HargaImportPreview } from "@/lib/harga-items/types";
import type { AmbiguousRow, MatchTarget, SourceRow } from "@/lib/harga-items/types";
import type { AmbiguousChoices } from "./harga-import";

/** Long lists (a regency's whole catalogue is mostly unmatched) show their head only. */
const SHOWN_ROWS = 100;

const cell = "py-1 pr-3 align-top";
const money = `${cell} text-right tabular-nums`;

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-1">
      <h3 className="text-sm font-semibold text-slate-800">
        {title} ({formatInteger(count)})
      </h3>
      <div className="max-h-64 overflow-y-auto rounded-md border border-slate-200 px-2">{children}</div>
    </section>
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return <p className="py-1 text-xs text-slate-500">… dan {formatInteger(total - shown)} baris lainnya.</p>;
}

const sourceName = (row: SourceRow) => [row.uraian, row.spesifikasi].filter(Boolean).join(" · ") || row.kode;
const targetLabel = (t: MatchTarget) => `${t.kode} · ${t.uraian} · ${t.satuan} · Rp ${formatMoney(t.harga)}`;

/** Every matched row is listed: these are the prices the apply writes. */
/** A file price of more than 2 decimals is rounded half-up to the sen; the preview says from what. */
function RoundedNote({ row }: { row: SourceRow }) {
  if (row.roundedFrom === undefined) return null;
  return <span className="block text-xs text-amber-700">dibulatkan dari {formatDecimal(row.roundedFrom)}</span>;
}

function MatchedTable({ preview }: { preview: HargaImportPreview }) {
  return (
    <Section title="Cocok" count={preview.counts.matched}>
      <CompactTable
        columns={[
          { label: "Baris" },
          { label: "Harga item" },
          { label: "Di berkas" },
          { label: "Harga lama", align: "right" },
          { label: "Harga baru", align: "right" },
        ]}
      >
        {preview.matched.map((m) => (
          <tr key={m.row} className={m.changed ? "" : "text-slate-400"}>
            <td className={cell}>{m.row}</td>
            <td className={cell}>
              {m.hargaItem.kode} · {m.hargaItem.uraian} ({m.hargaItem.satuan})
            </td>
            <td className={cell}>
              {sourceName(m)} ({m.satuan || "–"}){" "}
              <span className="text-xs text-slate-500">{m.by === "kode" ? "lewat kode" : "lewat uraian"}</span>
              {m.unitDiffers && <span className="ml-1 text-xs font-medium text-amber-700">satuan berbeda</span>}
            </td>
            <td className={money}>{formatMoney(m.oldHarga)}</td>
            <td className={money}>
              {m.changed ? formatMoney(m.newHarga) : "tetap"}
              <RoundedNote row={m} />
            </td>
          </tr>
        ))}
      </CompactTable>
    </Section>
  );
}

function AmbiguousTable(props: { rows: AmbiguousRow[]; choices: AmbiguousChoices; onChoose: (row: number, id: string) => void }) {
  return (
    <Section title="Ambigu: pilih harga item" count={props.rows.length}>
      <CompactTable
        columns={[{ label: "Baris" }, { label: "Di berkas" }, { label: "Harga baru", align: "right" }, { label: "Terapkan ke" }]}
      >
        {props.rows.map((a) => (
          <tr key={a.row}>
            <td className={cell}>{a.row}</td>
            <td className={cell}>
              {sourceName(a)} ({a.satuan || "–"})
              <span className="block text-xs text-slate-500">
                {a.reason === "several-items" ? "beberapa harga item bernama sama" : "beberapa baris dengan harga berbeda"}
              </span>
            </td>
            <td className={money}>
              {formatMoney(a.newHarga)}
              <RoundedNote row={a} />
            </td>
            <td className={cell}>
              <select
                aria-label={`Harga item untuk baris ${a.row}`}
                value={props.choices[a.row] ?? ""}
                onChange={(e) => props.onChoose(a.row, e.target.value)}
                className="w-full max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
              >
                <option value="">— Lewati —</option>
                {a.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {targetLabel(c)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </CompactTable>
    </Section>
  );
}

function UnmatchedTable({ preview }: { preview: HargaImportPreview }) {
  const rows = preview.unmatched.slice(0, SHOWN_ROWS);
  return (
    <Section title="Tidak cocok" count={preview.counts.unmatched}>
      <CompactTable columns={[{ label: "Baris" }, { label: "Di berkas" }, { label: "Satuan" }, { label: "Harga", align: "right" }]}>
        {rows.map((u) => (
          <tr key={u.row}>
            <td className={cell}>{u.row}</td>
            <td className={cell}>{sourceName(u)}</td>
            <td className={cell}>{u.satuan}</td>
            <td className={money}>{formatMoney(u.newHarga)}</td>
          </tr>
        ))}
      </CompactTable>
      <More shown={rows.length} total={preview.counts.unmatched} />
    </Section>
  );
}

function InvalidTable({ preview }: { preview: HargaImportPreview }) {
  const rows = preview.invalid.slice(0, SHOWN_ROWS);
  return (
    <Section title="Tidak valid" count={preview.counts.invalid}>
      <CompactTable columns={[{ label: "Baris" }, { label: "Di berkas" }, { label: "Masalah" }]}>
        {rows.map((r) => (
          <tr key={r.row}>
            <td className={cell}>{r.row}</td>
            <td className={cell}>{[r.kode, r.uraian, r.satuan, r.harga].filter(Boolean).join(" · ")}</td>
            <td className={`${cell} text-red-700`}>{r.reasons.join("; ")}</td>
          </tr>
        ))}
      </CompactTable>
      <More shown={rows.length} total={preview.counts.invalid} />
    </Section>
  );
}

/** What the file would do, by class; ambiguous rows get a select of their candidates. */
export function HargaImportPreviewView(props: {
  preview: HargaImportPreview;
  choices: AmbiguousChoices;
  onChoose: (row: number, hargaItemId: string) => void;
}) {
  const { preview } = props;
  return (
    <div className="space-y-4">
      {preview.counts.matched > 0 && <MatchedTable preview={preview} />}
      {preview.ambiguous.length > 0 && <AmbiguousTable rows={preview.ambiguous} choices={props.choices} onChoose={props.onChoose} />}
      {preview.counts.unmatched > 0 && <UnmatchedTable preview={preview} />}
      {preview.counts.invalid > 0 && <InvalidTable preview={preview} />}
    </div>
  );
}
