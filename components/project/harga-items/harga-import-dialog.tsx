"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { uploadFile, type UploadProgress } from "@/components/reference/upload-file";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { UploadProgressBar } from "@/components/ui/upload-progress";
import { asClientError } from "@/components/ui/use-api-action";
import { formatInteger } from "@/lib/format/number";
import { MAX_HARGA_FILE_BYTES } from "@/lib/harga-items/import-limits";
import type { HargaImportApplied, HargaImportPreview } from "@/lib/harga-items/types";
import { choicesField, conflictingKodes, pendingCount, previewSummary, type AmbiguousChoices } from "./harga-import";
import { HargaImportPreviewView } from "./harga-import-preview";

type Step =
  | { name: "pick" }
  | { name: "sending"; purpose: "preview" | "apply"; progress: UploadProgress }
  | { name: "review"; preview: HargaImportPreview };

interface Failure {
  message: string;
  /** 409: the project or the file changed since the preview; a new preview is the way on. */
  stale: boolean;
}

const MAX_MB = MAX_HARGA_FILE_BYTES / 1024 / 1024;

/**
 * "Impor daftar harga": choose a CSV/XLSX, see what it would change (matched, ambiguous
 * with a choice of candidates, unmatched, invalid), then apply. Nothing is written before
 * "Terapkan"; the apply sends the same file with the preview's token, so a project changed
 * meanwhile is refused (409) instead of overwritten.
 */
export function HargaImportDialog(props: {
  projectId: string;
  open: boolean;
  onClose: () => void;
  onApplied: (result: HargaImportApplied) => void;
}) {
  const url = `/api/v1/projects/${props.projectId}/harga-items/import`;
  const [step, setStep] = useState<Step>({ name: "pick" });
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<AmbiguousChoices>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  function close() {
    setStep({ name: "pick" });
    setFailure(null);
    props.onClose();
  }

  async function send<T>(purpose: "preview" | "apply", fields: Record<string, string>, back: Step): Promise<T | null> {
    if (!file) return null;
    const form = new FormData();
    form.set("file", file);
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    setFailure(null);
    setStep({ name: "sending", purpose, progress: { phase: "uploading", percent: 0 } });
    try {
      return await uploadFile<T>(url, form, (progress) => setStep({ name: "sending", purpose, progress }));
    } catch (error) {
      const clientError = asClientError(error);
      setFailure({ message: clientError.message, stale: clientError.status === 409 });
      setStep(back);
      return null;
    }
  }

  async function preview() {
    const result = await send<HargaImportPreview>("preview", { mode: "preview" }, { name: "pick" });
    if (!result) return;
    setChoices({});
    setStep({ name: "review", preview: result });
  }

  async function apply(current: HargaImportPreview) {
    const result = await send<HargaImportApplied>(
      "apply",
      { mode: "apply", token: current.token, choices: choicesField(choices) },
      { name: "review", preview: current },
    );
    if (!result) return;
    setStep({ name: "pick" });
    setFile(null);
    props.onApplied(result);
  }

  function submitFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void preview();
  }

  return (
    <Dialog open={props.open} onClose={close} title="Impor daftar harga" wide>
      <div className="space-y-4">
        {failure && (
          <Notice tone={failure.stale ? "warning" : "error"}>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p>{failure.message}</p>
              {failure.stale && (
                <Button variant="secondary" onClick={() => void preview()}>
                  Pratinjau ulang
                </Button>
              )}
            </div>
          </Notice>
        )}
        {step.name === "pick" && <PickFile file={file} onFile={setFile} onSubmit={submitFile} />}
        {step.name === "sending" && (
          <UploadProgressBar
            progress={step.progress}
            processingLabel={step.purpose === "preview" ? "Mencocokkan daftar harga di server…" : "Menyimpan harga di server…"}
          />
        )}
        {step.name === "review" && (
          <Review
            preview={step.preview}
            choices={choices}
            onChoose={(row, id) => setChoices((c) => ({ ...c, [row]: id }))}
            onApply={() => void apply(step.preview)}
            onBack={() => {
              setFile(null);
              setStep({ name: "pick" });
            }}
          />
        )}
      </div>
    </Dialog>
  );
}

function PickFile(props: {
  file: File | null;
  onFile: (file: File | null) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form onSubmit={props.onSubmit} className="space-y-4">
      <label className="block space-y-1">
        <span className="text-sm font-medium text-slate-700">Berkas daftar harga (CSV atau XLSX, maks. {MAX_MB} MB)</span>
        <input
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => props.onFile(e.target.files?.[0] ?? null)}
          className="block w-full text-sm"
        />
      </label>
      {props.file && <p className="text-sm text-slate-700">Berkas terpilih: {props.file.name}</p>}
      <p className="text-xs text-slate-500">
        Kolom: <code>kode</code> dan/atau <code>uraian</code> (boleh ditambah <code>spesifikasi</code>), <code>satuan</code>,{" "}
        <code>harga</code>. Baris dicocokkan dengan kode, jika tidak ada dengan uraian dan satuan. Belum ada yang disimpan sampai Anda
        menekan Terapkan.
      </p>
      <Button type="submit" disabled={!props.file}>
        Pratinjau
      </Button>
    </form>
  );
}

function Review(props: {
  preview: HargaImportPreview;
  choices: AmbiguousChoices;
  onChoose: (row: number, hargaItemId: string) => void;
  onApply: () => void;
  onBack: () => void;
}) {
  const summaryRef = useRef<HTMLParagraphElement>(null);
  // The preview replaced the form that had focus: move it to what the preview says.
  useEffect(() => summaryRef.current?.focus(), []);
  const pending = pendingCount(props.preview, props.choices);
  const conflicts = conflictingKodes(props.preview, props.choices);
  return (
    <div className="space-y-4">
      <p ref={summaryRef} tabIndex={-1} className="text-sm font-medium text-slate-800 focus:outline-none">
        {previewSummary(props.preview.counts)}
      </p>
      <HargaImportPreviewView preview={props.preview} choices={props.choices} onChoose={props.onChoose} />
      {conflicts.length > 0 && (
        <Notice tone="warning">Kode {conflicts.join(", ")} mendapat dua harga berbeda. Lewati salah satu barisnya.</Notice>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={props.onApply} disabled={pending === 0 || conflicts.length > 0}>
          Terapkan
        </Button>
        <Button variant="secondary" onClick={props.onBack}>
          Pilih berkas lain
        </Button>
        <p className="text-sm text-slate-600">
          {pending === 0 ? "Tidak ada harga yang akan berubah." : `${formatInteger(pending)} baris akan memperbarui harga.`}
        </p>
      </div>
    </div>
  );
}
