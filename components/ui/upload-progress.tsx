import type { UploadProgress } from "@/components/reference/upload-file";

/**
 * An upload in flight: the share sent, then `processingLabel` (pulsing) while the server
 * works on the last byte's behalf. A polite live region, so screen readers hear both.
 */
export function UploadProgressBar({ progress, processingLabel }: { progress: UploadProgress; processingLabel: string }) {
  const uploading = progress.phase === "uploading";
  return (
    <div className="space-y-2" role="status" aria-live="polite">
      <p className="text-sm text-slate-700">{uploading ? `Mengunggah berkas… ${progress.percent}%` : processingLabel}</p>
      <div
        role="progressbar"
        aria-label="Kemajuan unggah"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={uploading ? progress.percent : undefined}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full bg-brand-600 transition-all ${uploading ? "" : "animate-pulse"}`}
          style={{ width: `${progress.percent}%` }}
        />
      </div>
    </div>
  );
}
