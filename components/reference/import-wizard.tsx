"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { UploadProgressBar } from "@/components/ui/upload-progress";
import { ApiClientError } from "@/lib/api/client";
import { MAX_IMPORT_BYTES } from "@/lib/reference/limits";
import { outcomeText } from "@/lib/reference/report-text";
import type { UploadResult } from "@/lib/reference/types";
import { ImportReport } from "./import-report";
import { uploadFile, type UploadProgress } from "./upload-file";

type Step =
  | { name: "pick" }
  | { name: "sending"; purpose: "check" | "import"; progress: UploadProgress }
  | { name: "review" | "done"; result: UploadResult };

interface Request {
  file: File;
  edition: string;
  citation: string;
}

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;
const number = new Intl.NumberFormat("id-ID");

function importUrl(request: Request, options: { dryRun: boolean; skipRejected?: boolean; expectedHash?: string }): string {
  const params = new URLSearchParams({ edition: request.edition, dryRun: String(options.dryRun) });
  if (request.citation) params.set("citation", request.citation);
  if (options.skipRejected) params.set("skipRejected", "true");
  if (options.expectedHash) params.set("expectedHash", options.expectedHash);
  return `/api/v1/ahsp/import?${params}`;
}

function ProgressBar({ purpose, progress }: { purpose: "check" | "import"; progress: UploadProgress }) {
  return (
    <UploadProgressBar
      progress={progress}
      processingLabel={purpose === "check" ? "Memeriksa isi berkas di server…" : "Menulis ke pustaka di server…"}
    />
  );
}

function PickForm({ editionNames, onSubmit }: { editionNames: string[]; onSubmit: (request: Request) => void }) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return;
    onSubmit({ file, edition: String(data.get("edition") ?? "").trim(), citation: String(data.get("citation") ?? "").trim() });
  }
  return (
    <form onSubmit={submit} className="max-w-xl space-y-4">
      <label className="block space-y-1">
        <span className="text-sm font-medium text-slate-700">Berkas AHSP (CSV atau XLSX, maks. {MAX_MB} MB)</span>
        <input
          name="file"
          type="file"
          required
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full text-sm"
        />
      </label>
      <Field label="Nama edisi" name="edition" required maxLength={200} list="ahsp-editions" placeholder="mis. AHSP Cipta Karya 2025" />
      <datalist id="ahsp-editions">
        {editionNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Field label="Sumber (opsional)" name="citation" maxLength={500} placeholder="mis. Permen PUPR 8/2023 Lampiran B" />
      <Button type="submit">Periksa berkas</Button>
    </form>
  );
}

/** Admin import: upload and check (dry run), review the report, confirm, see the outcome. */
export function ImportWizard({ editionNames }: { editionNames: string[] }) {
  const [step, setStep] = useState<Step>({ name: "pick" });
  const [request, setRequest] = useState<Request | null>(null);
  const [skipRejected, setSkipRejected] = useState(false);
  const [error, setError] = useState<string>();

  async function send(req: Request, purpose: "check" | "import", url: string) {
    setError(undefined);
    setStep({ name: "sending", purpose, progress: { phase: "uploading", percent: 0 } });
    try {
      const result = await uploadFile<UploadResult>(url, req.file, (progress) => setStep({ name: "sending", purpose, progress }));
      setStep({ name: purpose === "check" ? "review" : "done", result });
    } catch (e) {
      setError(e instanceof ApiClientError ? e.message : "Unggahan gagal. Coba lagi.");
      setStep({ name: "pick" });
    }
  }

  function check(req: Request) {
    setRequest(req);
    setSkipRejected(false);
    void send(req, "check", importUrl(req, { dryRun: true }));
  }

  function confirm(result: UploadResult) {
    if (!request) return;
    void send(request, "import", importUrl(request, { dryRun: false, skipRejected, expectedHash: result.preview.contentHash }));
  }

  return (
    <div className="space-y-6">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {step.name === "pick" && <PickForm editionNames={editionNames} onSubmit={check} />}
      {step.name === "sending" && <ProgressBar purpose={step.purpose} progress={step.progress} />}
      {step.name === "review" && (
        <Review
          result={step.result}
          skipRejected={skipRejected}
          onSkipRejected={setSkipRejected}
          onConfirm={() => confirm(step.result)}
          onCancel={() => setStep({ name: "pick" })}
        />
      )}
      {step.name === "done" && step.result.outcome && (
        <div role="status" className="space-y-3 rounded-md border border-green-300 bg-green-50 p-4 text-sm">
          <p className="font-medium">{outcomeText(step.result.outcome)}</p>
          <Link href="/referensi" className="font-medium text-brand-700 hover:underline">
            Buka referensi
          </Link>
        </div>
      )}
    </div>
  );
}

function Review(props: {
  result: UploadResult;
  skipRejected: boolean;
  onSkipRejected: (value: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { preview } = props.result;
  const rejected = preview.report.counts.rejectedRows > 0;
  const blocked = rejected && !props.skipRejected;
  return (
    <section aria-label="Laporan validasi" className="space-y-4">
      <h2 className="text-lg font-semibold">Laporan validasi</h2>
      <ImportReport preview={preview} />
      {rejected && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={props.skipRejected} onChange={(e) => props.onSkipRejected(e.target.checked)} />
          Impor tanpa {number.format(preview.report.counts.skippedItems)} item yang barisnya ditolak
        </label>
      )}
      <div className="flex gap-3">
        <Button onClick={props.onConfirm} disabled={blocked || preview.edition.unchanged}>
          Impor {number.format(preview.report.counts.items)} item
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          Pilih berkas lain
        </Button>
      </div>
    </section>
  );
}
