"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId } from "react";
import { controlClass } from "@/components/ui/field";
import type { PickerGroup } from "@/lib/rekap/types";

/**
 * Chooses the pekerjaan a per-item page (Analisa, Rincian AHSP) shows: the choice lives in
 * the URL (?p=…, beside the page's other parameters such as ?versi=), so the server component
 * reads it and the page can be linked to.
 */
export function PekerjaanPicker({ groups, selectedId }: { groups: PickerGroup[]; selectedId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const id = useId();
  const hrefOf = (pekerjaanId: string) => {
    const params = new URLSearchParams(searchParams);
    params.set("p", pekerjaanId);
    return `${pathname}?${params}`;
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        Pekerjaan
      </label>
      <select
        id={id}
        value={selectedId}
        onChange={(e) => router.push(hrefOf(e.target.value))}
        className={`${controlClass} max-w-3xl flex-1`}
      >
        {groups.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {group.pekerjaan.map((p, i) => (
              <option key={p.id} value={p.id}>
                {i + 1}. {p.kode ? `${p.kode} ` : ""}
                {p.uraian}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
