"use client";

import { Notice } from "@/components/ui/notice";
import type { ApiClientError } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";

/** A library item waiting to be added. */
export interface BasketItem {
  ahspId: string;
  kode: string;
  uraian: string;
  satuan: string;
}

const ROW_PATH = /^items\.(\d+)\./;

/**
 * A refused batch, split for display: each basket row's own message (`items.3.ahspId` is the
 * fourth item) and the rest, shown above the basket.
 */
export function batchErrors(error: ApiClientError | null): { row: (index: number) => string | undefined; general: string | null } {
  if (!error) return { row: () => undefined, general: null };
  const byRow = new Map(
    error.fields.flatMap((f) => (ROW_PATH.test(f.path) ? [[Number(ROW_PATH.exec(f.path)![1]), f.message] as const] : [])),
  );
  const other = error.fields.filter((f) => !ROW_PATH.test(f.path)).map((f) => f.message);
  return { row: (index) => byRow.get(index), general: other.length > 0 ? other.join(" ") : error.message };
}

/** The items a confirm will add, in the order they will be added; each can be taken out. */
export function Basket(props: {
  title: string;
  items: readonly BasketItem[];
  error: ApiClientError | null;
  disabled: boolean;
  onRemove: (ahspId: string) => void;
}) {
  const errors = batchErrors(props.error);
  return (
    <section aria-label={props.title} className="space-y-2">
      <h3 className="text-sm font-medium text-slate-700">
        {props.title} ({formatInteger(props.items.length)} item)
      </h3>
      {errors.general && <Notice tone="error">{errors.general}</Notice>}
      {props.items.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada item.</p>
      ) : (
        <ol className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 bg-white">
          {props.items.map((item, index) => (
            <li key={`${item.ahspId}-${index}`} className="flex items-start gap-2 px-3 py-1.5 text-sm">
              <span className="w-6 shrink-0 text-right text-xs text-slate-500 tabular-nums">{index + 1}.</span>
              <div className="min-w-0 flex-1">
                <p className="truncate" title={item.uraian}>
                  <span className="font-mono text-xs text-slate-600">{item.kode}</span> {item.uraian}
                </p>
                {errors.row(index) && <p className="text-xs text-red-700">{errors.row(index)}</p>}
              </div>
              <button
                type="button"
                disabled={props.disabled}
                onClick={() => props.onRemove(item.ahspId)}
                aria-label={`Keluarkan ${item.kode} dari daftar`}
                className="shrink-0 rounded px-1.5 text-slate-600 hover:bg-slate-100 hover:text-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 disabled:opacity-40"
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
