"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { formatInteger } from "@/lib/format/number";
import { type DownloadProgress, downloadExport } from "./export-download";

export type ExportFormat = "xlsx" | "pdf" | "csv";

const LABELS: Record<ExportFormat, string> = { xlsx: "Unduh XLSX", pdf: "Unduh PDF", csv: "Unduh CSV" };

/** The reports the server exports (lib/exports/registry) and in which formats. */
const REPORTS = {
  "rekap-rab": { label: "Unduh Rekap RAB", formats: ["xlsx", "pdf", "csv"] },
  "rincian-ahsp": { label: "Unduh Rincian AHSP semua pekerjaan", formats: ["xlsx", "pdf", "csv"] },
  "harga-items": { label: "Unduh Harga Items", formats: ["xlsx", "pdf", "csv"] },
  "rekap-kebutuhan": { label: "Unduh Rekap Kebutuhan seluruh proyek", formats: ["xlsx", "pdf", "csv"] },
  volume: { label: "Unduh Volume dan parameter", formats: ["xlsx", "pdf"] },
  jadwal: { label: "Unduh Jadwal dan Kurva S", formats: ["xlsx", "pdf"] },
} as const satisfies Record<string, { label: string; formats: readonly ExportFormat[] }>;

export type ExportReport = keyof typeof REPORTS;

function progressText(format: ExportFormat, progress: DownloadProgress): string {
  const name = format.toUpperCase();
  if (progress.phase === "preparing") return `Menyiapkan ${name}…`;
  const kb = formatInteger(Math.ceil(progress.bytes / 1024));
  return progress.total ? `Mengunduh ${name}… ${Math.round((progress.bytes / progress.total) * 100)}%` : `Mengunduh ${name}… ${kb} KB`;
}

/**
 * The download buttons of one report (GET …/exports/{report}.{format}). One download at a
 * time: the buttons are disabled and a live region says what is happening; a failure shows
 * the API's message (e.g. too many exports in a minute).
 */
export function ExportMenu({ projectId, report }: { projectId: string; report: ExportReport }) {
  const { label, formats } = REPORTS[report];
  const [active, setActive] = useState<{ format: ExportFormat; progress: DownloadProgress } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    setError(null);
    setSaved(null);
    setActive({ format, progress: { phase: "preparing" } });
    try {
      const url = `/api/v1/projects/${projectId}/exports/${report}.${format}`;
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
