"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { asClientError } from "@/components/ui/use-api-action";
import { apiFetch } from "@/lib/api/client";
import { formatInteger } from "@/lib/format/number";
import type { ProjectUploadCommitted, ProjectUploadPreview } from "@/lib/projects/types";
import { MAX_PROJECT_UPLOAD_BYTES, MAX_PROJECT_UPLOAD_ROWS } from "@/lib/projects/upload-limits";

const URL = "/api/v1/projects/upload";

/**
 * "Unggah proyek dari Excel": the file is checked first (every row, its errors by row number
 * and column, nothing created), then the person confirms and the valid rows become projects,
 * all together or none.
 */
export function ProjectUploadButton() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ProjectUploadPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ProjectUploadCommitted | null>(null);

  function close() {
    setOpen(false);
    setFile(null);
    setPreview(null);
    setError(null);
    if (done) router.refresh();
    setDone(null);
  }

  async function send(mode: "preview" | "commit") {
    if (!file) return;
    const form = new FormData();
    form.set("file", file);
    form.set("mode", mode);
    if (mode === "commit" && preview) form.set("token", preview.token);
    setBusy(true);
    setError(null);
    try {
      const result = await apiFetch<ProjectUploadPreview | ProjectUploadCommitted>(URL, { method: "POST", body: form });
      if (mode === "preview") setPreview(result as ProjectUploadPreview);
      else setDone(result as ProjectUploadCommitted);
    } catch (e) {
      setError(asClientError(e).message);
    } finally {
      setBusy(false);
    }
  }

  function check(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError("Pilih berkas XLSX atau CSV terlebih dahulu.");
    if (file.size > MAX_PROJECT_UPLOAD_BYTES)
      return setError(`Berkas terlalu besar (maks. ${formatInteger(MAX_PROJECT_UPLOAD_BYTES / 1024 / 1024)} MB).`);
    void send("preview");
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Unggah proyek dari Excel
      </Button>
      <Dialog open={open} onClose={close} title="Unggah proyek dari Excel">
        <div className="space-y-4">
          <p className="text-sm text-slate-600">
            Satu baris per proyek, maksimal {formatInteger(MAX_PROJECT_UPLOAD_ROWS)} baris. Berkas diperiksa dulu; proyek dibuat setelah
            Anda mengonfirmasi.{" "}
            <a href={`${URL}/template`} className="font-medium text-brand-700 underline">
              Unduh templat XLSX
            </a>
          </p>
          {error && <Notice tone="error">{error}</Notice>}
          {done ? (
            <Notice tone="info">
              {formatInteger(done.created.length)} proyek dibuat.
              {done.skippedRows.length > 0 && ` Baris yang dilewati: ${done.skippedRows.join(", ")}.`}
            </Notice>
          ) : (
            <form onSubmit={check} className="space-y-3">
              <div className="space-y-1">
                <label htmlFor="project-upload-file" className="block text-sm font-medium text-slate-700">
                  Berkas proyek (.xlsx atau .csv)
                </label>
                <input
                  id="project-upload-file"
                  type="file"
                  accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                  className="block max-w-full text-sm"
                  onChange={(e) => {
                    setFile(e.target.files?.[0] ?? null);
                    setPreview(null);
                  }}
                />
              </div>
              <Button type="submit" variant="secondary" disabled={busy}>
                {busy && !preview ? "Memeriksa…" : "Periksa berkas"}
              </Button>
            </form>
          )}
          {preview && !done && <UploadPreview preview={preview} busy={busy} onCommit={() => void send("commit")} />}
          {done && <Button onClick={close}>Selesai</Button>}
        </div>
      </Dialog>
    </>
  );
}

function UploadPreview({ preview, busy, onCommit }: { preview: ProjectUploadPreview; busy: boolean; onCommit: () => void }) {
  const { counts } = preview;
  const invalid = preview.rows.flatMap((r) => (r.valid ? [] : [r]));
  return (
    <section aria-labelledby="upload-preview" className="space-y-3">
      <h3 id="upload-preview" className="text-sm font-semibold">
        Hasil pemeriksaan: {formatInteger(counts.valid)} baris valid, {formatInteger(counts.invalid)} baris bermasalah
      </h3>
      {invalid.length > 0 && (
        <div className="max-h-64 overflow-auto rounded border border-red-200">
          <table className="w-full table-fixed text-sm">
            <caption className="sr-only">Baris bermasalah (tidak akan dibuat)</caption>
            <thead className="bg-red-50 text-left text-red-900">
              <tr>
                <th scope="col" className="w-16 px-2 py-1 font-medium">
                  Baris
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Masalah
                </th>
              </tr>
            </thead>
            <tbody>
              {invalid.map((r) => (
                <tr key={r.row} className="border-t border-red-100 align-top">
                  <th scope="row" className="px-2 py-1 text-left font-normal tabular-nums">
                    {r.row}
                  </th>
                  <td className="px-2 py-1 [overflow-wrap:anywhere]">
                    <ul>
                      {r.errors.map((e, i) => (
                        <li key={i}>
                          {e.column ? <code>{e.column}</code> : null}
                          {e.column ? ": " : ""}
                          {e.message}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {counts.valid > 0 ? (
        <Button onClick={onCommit} disabled={busy}>
          {busy ? "Membuat…" : `Buat ${formatInteger(counts.valid)} proyek`}
        </Button>
      ) : (
        <p className="text-sm text-slate-600">Tidak ada baris valid. Perbaiki berkas lalu periksa lagi.</p>
      )}
    </section>
  );
}
