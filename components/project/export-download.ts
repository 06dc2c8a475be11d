import { networkError, unwrapEnvelope } from "@/lib/api/client";
import { fileNameFromDisposition } from "@/lib/exports/filename";

/** Where a download is: the server still building the file, or bytes arriving. */
export type DownloadProgress = { phase: "preparing" } | { phase: "receiving"; bytes: number; total: number | null };

/**
 * GETs an export and saves it under the server's file name. fetch, not a plain link, so the
 * page can show progress and, when the answer is an error envelope (a 429, a 404), its
 * message instead of a broken file.
 */
export async function downloadExport(url: string, fallbackName: string, onProgress: (progress: DownloadProgress) => void): Promise<string> {
  onProgress({ phase: "preparing" });
  let res: Response;
  try {
    res = await fetch(url, { credentials: "same-origin" });
  } catch {
    throw networkError();
  }
  if (!res.ok) unwrapEnvelope(res.status, await res.json().catch(() => null));
  const blob = await readWithProgress(res, onProgress);
  const name = fileNameFromDisposition(res.headers.get("Content-Disposition")) ?? fallbackName;
  saveBlob(blob, name);
  return name;
}

async function readWithProgress(res: Response, onProgress: (progress: DownloadProgress) => void): Promise<Blob> {
  const type = res.headers.get("Content-Type") ?? "application/octet-stream";
  const length = Number(res.headers.get("Content-Length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!res.body) return new Blob([await res.arrayBuffer()], { type });
  const reader = res.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    bytes += value.length;
    onProgress({ phase: "receiving", bytes, total });
  }
  return new Blob(chunks, { type });
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the browser's download; free it once that started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
