"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { ApiAction } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { formatPercent, parseTyped, toInputText } from "@/lib/format/number";
import type { PekerjaanDetail } from "@/lib/pekerjaan/types";

/**
 * The per-pekerjaan overhead & profit (BUK) override; empty means the project rate. It is
 * an audited exception to the project setting, so it is set here, next to the analysis.
 */
export function BukOverride(props: {
  path: string;
  value: string | null;
  projectRate: string;
  action: ApiAction;
  onSaved: (saved: PekerjaanDetail) => void;
}) {
  const id = useId();
  const [text, setText] = useState(toInputText(props.value, "percent"));
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let value: string | null = null;
    if (text.trim() !== "") {
      const parsed = parseTyped(text, "percent");
      if (!parsed.ok) return setError(parsed.error);
      value = parsed.value;
    }
    const result = await props.action.run(
      () => apiFetch<PekerjaanDetail>(props.path, { method: "PATCH", json: { overheadProfitPercent: value } }),
      { inline: true },
    );
    setError(result.ok ? null : (result.error.fields[0]?.message ?? result.error.message));
    if (result.ok) props.onSaved(result.value);
  }

  return (
    <form onSubmit={submit} className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        Biaya umum & keuntungan khusus (%)
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          inputMode="decimal"
          placeholder={`proyek: ${formatPercent(props.projectRate)}`}
          aria-invalid={error ? true : undefined}
          className="w-32 rounded-md border border-slate-300 px-2 py-1 text-right text-sm aria-[invalid]:border-red-500"
        />
        <Button type="submit" variant="secondary" className="px-3 py-1">
          Terapkan
        </Button>
      </div>
      <p className={`text-xs ${error ? "text-red-600" : "text-slate-500"}`} role={error ? "alert" : undefined}>
        {error ?? "Kosongkan untuk memakai tarif proyek."}
      </p>
    </form>
  );
}
