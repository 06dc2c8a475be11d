import Link from "next/link";
import { formatDecimal } from "@/lib/format/number";
import type { PeriksaItem } from "@/lib/rekap/types";

/** Where each kind of value is fixed. */
function fixAt(projectId: string, item: PeriksaItem): string {
  if (item.field === "volume") return `/projects/${projectId}/volume`;
  if (item.field === "koefisien") return `/projects/${projectId}/analisa?p=${item.pekerjaanId}`;
  return `/projects/${projectId}/harga-items`;
}

/**
 * "Periksa": values allowed but rarely meant (lib/rekap/periksa.ts), each with a link to where
 * it is changed. A volume of 15.750 m³ typed for 15,75 shows up here before the RAB is signed.
 * A version is never edited (`readOnly`): its items are named without a link to the live pages.
 */
export function Periksa({ projectId, items, readOnly = false }: { projectId: string; items: readonly PeriksaItem[]; readOnly?: boolean }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="periksa-title" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <h2 id="periksa-title" className="font-semibold">
        Periksa ({formatDecimal(String(items.length))} nilai tidak biasa)
      </h2>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {items.map((item, i) => (
          <li key={`${item.field}-${item.label}-${i}`}>
            {readOnly ? (
              item.label
            ) : (
              <Link href={fixAt(projectId, item)} className="underline">
                {item.label}
              </Link>
            )}
            : {formatDecimal(item.value, { maxDecimals: 6 })}. {item.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
