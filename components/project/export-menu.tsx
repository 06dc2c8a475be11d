"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import type { Kutipan } from "@/lib/exports/citations";
import { formatInteger } from "@/lib/format/number";
import { type DownloadProgress, downloadExport } from "./export-download";

export type ExportFormat = "xlsx" | "pdf" | "csv";

const LABELS: Record<ExportFormat, string> = { xlsx: "Unduh XLSX", pdf: "Unduh PDF", csv: "Unduh CSV" };

/**
 * The reports the server exports (lib/exports/registry), in which formats, and whether they
 * print pekerjaan uraian, where AHSP texts carry reference citations (lib/exports/citations).
 */
const REPORTS = {
  "rekap-rab": { label: "Unduh Rekap RAB", formats: ["xlsx", "pdf", "csv"], uraian: true },
  "rincian-ahsp": { label: "Unduh Rincian AHSP semua pekerjaan", formats: ["xlsx", "pdf", "csv"], uraian: true },
  "harga-items": { label: "Unduh Harga Items", formats: ["xlsx", "pdf", "csv"], uraian: false },
  "rekap-kebutuhan": { label: "Unduh Rekap Kebutuhan seluruh proyek", formats: ["xlsx", "pdf", "csv"], uraian: false },
  volume: { label: "Unduh Volume dan parameter", formats: ["xlsx", "pdf"], uraian: true },
  jadwal: { label: "Unduh Jadwal dan Kurva S", formats: ["xlsx", "pdf"], uraian: true },
  perbandingan: { label: "Unduh daftar tambah kurang", formats: ["xlsx", "pdf", "csv"], uraian: true },
} as const satisfies Record<string, { label: string; formats: readonly ExportFormat[]; uraian: boolean }>;

const KUTIPAN_LABELS: Record<Kutipan, string> = {
  full: "Kutipan referensi lengkap",
  short: "Kutipan singkat (Permen PUPR 8/2023)",
  none: "Tanpa kutipan referensi",
};

export type ExportReport = keyof typeof REPORTS;

function progressText(format: ExportFormat, progress: DownloadProgress): string {
  const name = format.toUpperCase();
  if (progress.phase === "preparing") return `Menyiapkan ${name}…`;
  const kb = formatInteger(Math.ceil(progress.bytes / 1024));
  return progress.total ? `Mengunduh ${name}… ${Math.round((progress.bytes / progress.total) * 100)}%` : `Mengunduh ${name}… ${kb} KB`;
}

/**
 * The download buttons of one report (GET …/exports/{report}.{format}; a perbandingan names its
 * two `sides`, ?from=&to=; a version's report its `version`). One download at a time: the buttons are disabled and a live region says what is happening; a failure shows
 * the API's message (e.g. too many exports in a minute).
 */
export function ExportMenu({
  projectId,
  report,
  sides,
  version,
}: {
  projectId: string;
  report: ExportReport;
  sides?: { from: string; to: string };
  /** Export this version instead of the live estimate (?version=). */
  version?: string;
}) {
  const { label, formats, uraian } = REPORTS[report];
  const [kutipan, setKutipan] = useState<Kutipan>("full");
  const [active, setActive] = useState<{ format: ExportFormat; progress: DownloadProgress } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    setError(null);
    setSaved(null);
    setActive({ format, progress: { phase: "preparing" } });
    try {
      const query = new URLSearchParams({
        ...(uraian && kutipan !== "full" ? { kutipan } : {}),
        ...sides,
        ...(version ? { version } : {}),
      }).toString();
      const url = `/api/v1/projects/${projectId}/exports/${report}.${format}${query ? `?${query}` : ""}`;
      setSaved(await downloadExport(url, `${report}.${format}`, (progress) => setActive({ format, progress })));
    } catch (e) {
      setError(asClientError(e).message);
    } finally {
      setActive(null);
    }
  }

  return (
    <div className="space-y-2">
      <div role="group" aria-label={label} aria-busy={active !== null} className="flex flex-wrap items-center justify-end gap-2">
        <p role="status" aria-live="polite" className="text-xs text-slate-500">
          {active ? progressText(active.format, active.progress) : saved ? `Tersimpan: ${saved}` : ""}
        </p>
        {uraian && (
          <select
            aria-label="Kutipan referensi pada dokumen"
            value={kutipan}
            disabled={active !== null}
            onChange={(e) => setKutipan(e.target.value as Kutipan)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {Object.entries(KUTIPAN_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        )}
        {formats.map((format: ExportFormat) => (
          <Button key={format} variant="secondary" disabled={active !== null} onClick={() => void download(format)} className="px-3 py-1.5">
            {LABELS[format]}
          </Button>
        ))}
      </div>
      {error && <Notice tone="error">Gagal mengunduh: {error}</Notice>}
    </div>
  );
}
