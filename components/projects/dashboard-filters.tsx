"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { useDebounced } from "@/components/ui/use-debounced";
import { parseTyped } from "@/lib/format/number";
import { PROJECT_STATUSES, STATUS_LABELS } from "@/lib/projects/status";

/** The dashboard's filters as URL parameters (the API's names, lib/projects/filters.ts). */
export type FilterValues = Partial<Record<FilterName, string>>;
type FilterName = "q" | "role" | "archived" | "year" | "fundingSource" | "status" | "budgetMin" | "budgetMax" | "from" | "to";

const ROLE_FILTERS: [string, string][] = [
  ["", "Semua proyek"],
  ["owner", "Milik saya"],
  ["editor", "Dibagikan, saya editor"],
  ["viewer", "Dibagikan, saya peninjau"],
];

interface TextInput {
  name: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
}

const label = "block space-y-1 text-sm font-medium text-slate-700";

/**
 * The filters live in the URL (a shared link shows the same projects): a GET form that works
 * without JavaScript; with it, a choice applies at once, typed fields on Enter or "Terapkan"
 * and the search as one types. Pagu bounds are read by the one number parser, so "1.500.000.000"
 * means what it says.
 */
export function DashboardFilters({ values, fundingSources }: { values: FilterValues; fundingSources: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const [draft, setDraft] = useState<FilterValues>(values);
  const [errors, setErrors] = useState<FilterValues>({});
  const q = useDebounced(draft.q ?? "", 300);
  const applied = useRef(values);

  function apply(next: FilterValues) {
    const budget = { budgetMin: readBudget(next.budgetMin), budgetMax: readBudget(next.budgetMax) };
    const problems = Object.fromEntries(Object.entries(budget).flatMap(([k, v]) => ("error" in v ? [[k, v.error]] : [])));
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const params = new URLSearchParams();
    const normalized: FilterValues = {
      ...next,
      budgetMin: "value" in budget.budgetMin ? budget.budgetMin.value : "",
      budgetMax: "value" in budget.budgetMax ? budget.budgetMax.value : "",
    };
    for (const [key, value] of Object.entries(normalized)) if (value) params.set(key, value.trim());
    applied.current = next;
    router.replace(params.size > 0 ? `${pathname}?${params}` : pathname, { scroll: false });
  }

  useEffect(() => {
    if (q !== (applied.current.q ?? "")) apply({ ...applied.current, q });
    // Only a settled search applies on its own; `apply` reads the rest from what was applied.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const set = (name: FilterName, value: string, now = false) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    if (now) apply(next);
  };
  const text = (name: FilterName): TextInput => ({
    name,
    value: draft[name] ?? "",
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    apply(draft);
  }

  return (
    <form method="get" onSubmit={submit} aria-label="Filter proyek" className="rounded-lg border border-slate-200 bg-white p-3">
      {/* One column on a phone (WCAG 1.4.10 reflow), more as the width allows. */}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className={label}>
          <span>Cari proyek</span>
          <input type="search" placeholder="Nama, lokasi, atau pemberi tugas" className={controlClass} {...text("q")} />
        </label>
        <label className={label}>
          <span>Peran saya</span>
          <select className={controlClass} name="role" value={draft.role ?? ""} onChange={(e) => set("role", e.target.value, true)}>
            {ROLE_FILTERS.map(([value, text]) => (
              <option key={value || "all"} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label className={label}>
          <span>Status</span>
          <select className={controlClass} name="status" value={draft.status ?? ""} onChange={(e) => set("status", e.target.value, true)}>
            <option value="">Semua status</option>
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className={label}>
          <span>Tahun anggaran</span>
          <input inputMode="numeric" placeholder="mis. 2026" className={controlClass} {...text("year")} />
        </label>
        <label className={label}>
          <span>Sumber dana</span>
          <input list="sumber-dana" placeholder="mis. APBD" className={controlClass} {...text("fundingSource")} />
          <datalist id="sumber-dana">
            {fundingSources.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <BudgetField name="budgetMin" text="Pagu minimum (Rp)" input={text("budgetMin")} error={errors.budgetMin} />
        <BudgetField name="budgetMax" text="Pagu maksimum (Rp)" input={text("budgetMax")} error={errors.budgetMax} />
        <label className={label}>
          <span>Berjalan dari tanggal</span>
          <input
            type="date"
            className={controlClass}
            name="from"
            value={draft.from ?? ""}
            onChange={(e) => set("from", e.target.value, true)}
          />
        </label>
        <label className={label}>
          <span>Sampai tanggal</span>
          <input type="date" className={controlClass} name="to" value={draft.to ?? ""} onChange={(e) => set("to", e.target.value, true)} />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="archived"
            value="true"
            checked={draft.archived === "true"}
            onChange={(e) => set("archived", e.target.checked ? "true" : "", true)}
          />
          Tampilkan arsip
        </label>
        <Button type="submit" variant="secondary">
          Terapkan filter
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setDraft({});
            apply({});
          }}
        >
          Hapus filter
        </Button>
      </div>
    </form>
  );
}

function BudgetField({ name, text, input, error }: { name: FilterName; text: string; input: TextInput; error: string | undefined }) {
  const id = `filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {text}
      </label>
      <input
        id={id}
        inputMode="decimal"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={controlClass}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

function readBudget(text: string | undefined): { value: string } | { error: string } {
  if (!text?.trim()) return { value: "" };
  const parsed = parseTyped(text, "money");
  return parsed.ok ? { value: parsed.value } : { error: parsed.error };
}
