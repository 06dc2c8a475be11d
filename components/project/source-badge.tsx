import type { PekerjaanSource } from "@/lib/generated/prisma/enums";

const SOURCES: Record<PekerjaanSource, { label: string; title: string; className: string }> = {
  ref: { label: "Referensi", title: "Analisa pustaka AHSP, hanya-baca", className: "bg-slate-100 text-slate-700" },
  ref_modified: { label: "Modifikasi", title: "Salinan analisa pustaka AHSP yang diubah", className: "bg-amber-100 text-amber-800" },
  custom: { label: "Custom", title: "Analisa disusun sendiri", className: "bg-emerald-100 text-emerald-800" },
};

export function SourceBadge({ source }: { source: PekerjaanSource }) {
  const s = SOURCES[source];
  return (
    <span title={s.title} className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ${s.className}`}>
      {s.label}
    </span>
  );
}
