"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { KategoriOptions } from "@/components/reference/kategori-options";
import { SelectField } from "@/components/ui/field";

export interface KebutuhanFilter {
  kategori: string;
  klasifikasiId: string;
}

/** Kategori and klasifikasi filters; they live in the URL, and the server page re-reads. */
export function KebutuhanFilters({ filter, klasifikasi }: { filter: KebutuhanFilter; klasifikasi: { id: string; name: string }[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  function set(change: Partial<KebutuhanFilter>) {
    const next = { ...filter, ...change };
    // A version open on the page (?versi=) stays open.
    const params = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(next)) {
      if (value === "") params.delete(name);
      else params.set(name, value);
    }
    startTransition(() => router.replace(params.size ? `${pathname}?${params}` : pathname));
  }

  return (
    <div className="flex flex-wrap items-end gap-4" aria-busy={pending}>
      <div className="w-56">
        <SelectField label="Kategori" name="kategori" value={filter.kategori} onChange={(e) => set({ kategori: e.target.value })}>
          <KategoriOptions allLabel="Semua kategori" />
        </SelectField>
      </div>
      <div className="w-80">
        <SelectField
          label="Klasifikasi"
          name="klasifikasiId"
          value={filter.klasifikasiId}
          onChange={(e) => set({ klasifikasiId: e.target.value })}
        >
          <option value="">Seluruh proyek</option>
          {klasifikasi.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </SelectField>
      </div>
      {pending && (
        <p role="status" className="pb-2 text-sm text-slate-500">
          Memuat…
        </p>
      )}
    </div>
  );
}
